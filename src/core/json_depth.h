// How deep a JSON text nests, found by a byte scan before any parser runs.
//
// A parser that builds values (nlohmann's DOM) spends ~100 bytes per level
// on a line of a million '[' before anyone can look at it; callers that know
// how deep their documents nest refuse deeper ones first. Strings (with their
// escapes) are skipped, so brackets inside them do not count. The scan does
// not validate JSON. Pure function; safe from any thread.
//
//   if (json_too_deep_at(line, 64) != std::string_view::npos) refuse(line);
#pragma once

#include <cstddef>
#include <string_view>

namespace solieu {

// The byte offset of the first '[' or '{' that nests deeper than
// `max_depth`, or std::string_view::npos when none does.
size_t json_too_deep_at(std::string_view text, size_t max_depth);

}  // namespace solieu
