// The wire schema the generator emits (lib/generated/xml-schema.ts) and the addon
// loads once per environment: tag names, enum values and, per struct type,
// its members with their XML names and kinds. Reader and writer share it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ovirt {

// Member kinds; the low three bits are the value kind, the flags above.
enum Kind : int32_t {
  KIND_STRING = 0,
  KIND_BOOLEAN = 1,
  KIND_INTEGER = 2,
  KIND_DECIMAL = 3,
  KIND_DATE = 4,
  KIND_ENUM = 5,
  KIND_STRUCT = 6,
  KIND_MASK = 7,
  FLAG_LIST = 8,
  FLAG_ATTRIBUTE = 16,
};

struct Member {
  int32_t tag = -1;       // element or attribute name (tag id)
  int32_t kind = 0;       // Kind | flags
  int32_t target = -1;    // enum id or struct id
  int32_t itemTag = -1;   // tag id of list items
  int32_t rel = -1;       // tag id of the <link rel="..."> value, list links only
};

struct StructType {
  int32_t tag = -1;
  int32_t listTag = -1;
  std::vector<Member> members;
  // tag id -> member index + 1 (0: not a member); rel tag id -> member index + 1
  std::vector<uint16_t> byTag;
  std::vector<uint16_t> byRel;
};

struct Schema {
  std::vector<std::string> tags;
  std::unordered_map<std::string_view, int32_t> tagIds;  // views into `tags`
  std::vector<std::vector<std::string>> enums;
  std::vector<std::unordered_map<std::string_view, int32_t>> enumIds;
  std::vector<StructType> types;
  // root element tag id -> (type id << 1) | isList, or -1
  std::vector<int32_t> roots;
  int32_t linkTag = -1;   // "link"
  int32_t relTag = -1;    // "rel"
  int32_t hrefTag = -1;   // "href"

  bool loaded() const { return !types.empty(); }
  // The index of `value` among the values of enum `id`, or -1.
  int32_t enumId(int32_t id, std::string_view value) const {
    auto it = enumIds[size_t(id)].find(value);
    return it == enumIds[size_t(id)].end() ? -1 : it->second;
  }
  int32_t tagId(std::string_view name) const {
    auto it = tagIds.find(name);
    return it == tagIds.end() ? -1 : it->second;
  }
};

}  // namespace ovirt
