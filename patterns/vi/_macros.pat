# Shared building blocks. Files load in name order, so this one comes first;
# a macro may be used in any file. The number words themselves live in
# number-words.tsv and arrive as macros by what they do in a number:
#   {NUMWORD}   every number word (một, mươi, trăm, nghìn, rưỡi, phẩy, ...)
#   {NUMSCALE}  words that scale the digits before them (trăm, nghìn, triệu, tỷ, rưỡi)
#   {NUMMINUS}  âm
#   {NUMPOINT}  phẩy, chấm
#
# RE2's \b, \w and \d are ASCII-only: boundaries here are written with \pL and \pN.
# Matching ignores case. Spans come from the named slots, so the boundary
# characters a pattern consumes are never part of a figure.

# A left and a right word boundary (each consumes one character, or none at the ends).
define L = (?:^|[^\pL\pN])
define R = (?:$|[^\pL\pN])

# Digits as Vietnamese reports write them: 2.800  1,5  1.234,5  05; English 1,500,000 and 2.5 too.
define DIGITS = [0-9]+(?:[.,][0-9]+)*|[.,][0-9]+

# A sign before digits: "-1200000", "- 1.200.000", "âm 1.200.000".
define SIGN = [-−]\s?|{NUMMINUS}\s+

# Digits with scale words: "14 nghìn", "2,5 tỷ", "1 tỷ 200 triệu", "3 triệu 500 nghìn", "2 triệu rưỡi".
define DNUM = (?:{SIGN})?(?:{DIGITS})(?:\s*(?:{NUMSCALE})(?:\s+(?:{NUMSCALE}))*(?:\s+[0-9]+(?:[.,][0-9]+)?\s*(?:{NUMSCALE})(?:\s+(?:{NUMSCALE}))*)*)?

# Numbers in words: "hai mươi mốt", "một nghìn rưỡi", "hai phẩy năm", "hai phẩy 23".
define WNUM = (?:{NUMMINUS}\s+)?(?:{NUMWORD})(?:\s+(?:{NUMWORD}))*(?:\s+(?:{NUMPOINT})\s+(?:[0-9]+|(?:{NUMWORD})(?:\s+(?:{NUMWORD}))*))?

# Any number, in digits or words.
define NUM = {DNUM}|{WNUM}

# Glued slang multipliers: "50k", "3M", "1,2M", "1tr5", "3000K". Case matters: 500m is metres.
define SLANG = (?-i:[kK]|M|G|tr[0-9]{0,3})
define SNUM = (?:{SIGN})?(?:{DIGITS})(?:{SLANG})

# A lower-case syllable (an open counted noun is one of these).
define SYLLABLE = (?-i:\p{Ll}+)

# Range joiners: "5-7", "5 – 7", "từ 5 đến 7", "giữa 5 và 7".
define DASH = \s*[-–—]\s*
# A hyphen with a space before it and none after is a minus sign ("23% -8%"), not a range.
define TO = \s+(?:đến|tới|den|toi)\s+|\s*[–—]\s*|-\s*|\s+-\s+

# A qualifier, with the verb that often stands between it and the number:
# "ước tăng 8%", "ước tính đạt 4,3 tỷ USD".
define QUALV = {QUAL:qual}(?:\s+(?:tăng|đạt|giảm|lên|xuống|còn|tăng thêm)){0,2}

# "Per" after a unit: "đồng/kg", "triệu đồng/người/năm", "đồng/cổ phiếu", "%/năm".
define PER = (?:\s*/\s*(?:{PERNOUN}|{UNIT})){1,3}
