// Small helpers over libxml2's tree for the HTML reader (internal to src/html/).
//
// walk() visits a subtree in document order without recursion (the tree may
// be 100,000 levels deep), so no helper here can overflow the stack.
// Borrowed pointers only: the xmlDoc owns every node. Not thread-safe per
// document; separate documents may be used on separate threads.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <string_view>

namespace solieu::html {

// The element's lower-case tag name ("" for non-elements).
std::string_view tag_of(const xmlNode* n);
// An attribute's value, or "" when absent.
std::string attr(const xmlNode* n, const char* name);
// The text of the node's direct text and CDATA children, concatenated.
std::string own_text(const xmlNode* n);
// Appends `text` to `out` with runs of white space (including NBSP) made one
// space; `pending_space` carries a trailing space between calls.
void append_collapsed(std::string& out, std::string_view text, bool& pending_space);

// Visits `root` and its descendants in document order. `enter(node)` returns
// false to skip the node's children; `leave(node)` runs after the children of
// every node whose enter returned true.
template <class Enter, class Leave>
void walk(xmlNode* root, Enter&& enter, Leave&& leave) {
  if (!root) return;
  xmlNode* n = root;
  while (true) {
    if (enter(n) ) {
      if (n->children) {
        n = n->children;
        continue;
      }
      leave(n);
    }
    while (n != root && !n->next) {
      n = n->parent;
      leave(n);
    }
    if (n == root) return;
    n = n->next;
  }
}

}  // namespace solieu::html
