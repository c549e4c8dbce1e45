// The main text of a parsed page (internal to src/html/): which element holds
// the article, and its paragraphs.
//
// Boilerplate is dropped by tag (nav, header, footer, aside, script, style,
// form, iframe, ...) and by class or id words (menu, nav, breadcrumb, share,
// social, comment, related, tin-lien-quan, tag, banner, ads, footer). The
// container is the element with the most paragraph text under it (text
// density, link text not counted). Paragraphs (p, headings, list items, table
// rows, divs) are separated by a blank line; <br> is a line break.
// Iterative throughout: deep trees cannot overflow the stack.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <string_view>

namespace solieu::html {

// True when an element's tag, class or id marks it as boilerplate.
bool is_boilerplate(const xmlNode* element);
// True when the words of a class or id attribute name boilerplate
// ("box-tin-lien-quan", "social share", "menu_left"; not "content-detail").
bool names_boilerplate(std::string_view class_or_id);

// The main text of the document under `root` (normally <body>), or "".
std::string main_text(xmlNode* root);

}  // namespace solieu::html
