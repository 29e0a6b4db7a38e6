// XML reader: libxml2's SAX2 push parser driven by the generated schema.
//
// The parser does not build a tree and does not create JS values per node.
// It writes a compact tape that the generated JS readers (lib/xml/readers.ts)
// decode with monomorphic code:
//
//   ops  (Int32Array)   member events and small payloads
//   nums (Float64Array) integers, decimals and dates (epoch milliseconds)
//   text (one string)   the text of all string values, back to back
//
// Struct encoding, for member m of the struct's member table:
//   m+1 <payload>   a value of member m
//   -(m+1) <len>    the href of list member m (from <link rel> or a list
//                   element's href attribute), text of length len
//   0               end of the struct
// Payloads: string: UTF-16 length of its text; boolean: 0/1; integer,
// decimal, date: nothing in ops, one number in nums; enum: value index, or
// -1 and the UTF-16 length of the unknown value's text; struct: its members
// and 0; list: item count, then each item's payload.
//
// A document is handed to JS in pieces: the tape is flushed only at the
// boundary of a complete top-level item (a list document's items, or the
// whole root object), so a list of any size can be read with bounded memory
// and items can be handed out as they complete.
#include <libxml/SAX2.h>
#include <libxml/entities.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include <charconv>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "addon.h"

namespace ovirt {
namespace {

constexpr size_t kSlice = 256 * 1024;      // bytes handed to libxml2 per call
constexpr size_t kFlushOps = 1 << 18;      // return to JS once this many ops are ready
constexpr double kMaxSafeInteger = 9007199254740991.0;

enum FrameType : uint8_t { F_ROOT, F_STRUCT, F_LIST, F_VALUE };

struct Frame {
  FrameType type;
  bool topItem;          // a struct that is an item of the root list, or the root object
  int32_t typeId;        // struct id (F_STRUCT), item type (F_LIST)
  int32_t kind;          // member kind (F_LIST, F_VALUE)
  int32_t op;            // op to emit before the value (F_VALUE), 0 for list items
  int32_t target;        // enum or struct id of the value / items
  int32_t itemTag;       // F_LIST: tag of the items
  int32_t countPos;      // F_LIST: position of the item count in ops, -1 for the root list
  int32_t count;         // F_LIST: items so far
  size_t textStart;      // F_VALUE: where its text starts in text_ or scratch_
  const xmlChar* name;   // element name, for error messages
};

inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

inline std::string_view Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && IsSpace(s[b])) b++;
  while (e > b && IsSpace(s[e - 1])) e--;
  return s.substr(b, e - b);
}

// Whether s is word (lower-case ASCII) in any letter case.
inline bool EqualsIgnoringCase(std::string_view s, std::string_view word) {
  if (s.size() != word.size()) return false;
  for (size_t i = 0; i < s.size(); i++) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    if (c != word[i]) return false;
  }
  return true;
}

// Number of UTF-16 code units in valid UTF-8.
inline int32_t Utf16Length(const char* s, size_t n) {
  size_t i = 0;
  // Fast path: eight ASCII bytes at a time.
  while (i + 8 <= n) {
    uint64_t w;
    std::memcpy(&w, s + i, 8);
    if (w & 0x8080808080808080ull) break;
    i += 8;
  }
  int32_t units = int32_t(i);
  for (; i < n; i++) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80) units++;       // not a continuation byte
    if (c >= 0xF0) units++;                // four-byte sequence: surrogate pair
  }
  return units;
}

inline bool IsAscii(const char* s, size_t n) {
  size_t i = 0;
  uint64_t acc = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, s + i, 8);
    acc |= w;
  }
  for (; i < n; i++) acc |= static_cast<unsigned char>(s[i]);
  return (acc & 0x8080808080808080ull) == 0;
}

int DaysFromCivil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

bool ParseDigits(std::string_view s, size_t& i, size_t count, int& out) {
  if (i + count > s.size()) return false;
  int v = 0;
  for (size_t k = 0; k < count; k++) {
    char c = s[i + k];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  i += count;
  out = v;
  return true;
}

// xs:dateTime (or xs:date) to epoch milliseconds; no zone means UTC.
bool ParseDate(std::string_view s, double& out) {
  size_t i = 0;
  bool neg = false;
  if (i < s.size() && s[i] == '-') { neg = true; i++; }
  int year, month, day, hour = 0, minute = 0, second = 0;
  size_t ys = i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') i++;
  if (i - ys < 4 || i - ys > 6) return false;
  year = 0;
  for (size_t k = ys; k < i; k++) year = year * 10 + (s[k] - '0');
  if (neg) year = -year;
  if (i >= s.size() || s[i++] != '-' || !ParseDigits(s, i, 2, month)) return false;
  if (i >= s.size() || s[i++] != '-' || !ParseDigits(s, i, 2, day)) return false;
  double millis = 0;
  if (i < s.size() && s[i] == 'T') {
    i++;
    if (!ParseDigits(s, i, 2, hour)) return false;
    if (i >= s.size() || s[i++] != ':' || !ParseDigits(s, i, 2, minute)) return false;
    if (i >= s.size() || s[i++] != ':' || !ParseDigits(s, i, 2, second)) return false;
    if (i < s.size() && s[i] == '.') {
      i++;
      double scale = 100;
      size_t fs = i;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        millis += (s[i] - '0') * scale;
        scale /= 10;
        i++;
      }
      if (i == fs) return false;
      millis = std::floor(millis);
    }
  }
  int offset = 0;
  if (i < s.size()) {
    if (s[i] == 'Z') {
      i++;
    } else if (s[i] == '+' || s[i] == '-') {
      int sign = s[i] == '-' ? -1 : 1;
      i++;
      int oh, om;
      if (!ParseDigits(s, i, 2, oh) || i >= s.size() || s[i++] != ':' || !ParseDigits(s, i, 2, om)) return false;
      if (oh > 14 || om > 59) return false;
      offset = sign * (oh * 60 + om);
    } else {
      return false;
    }
  }
  if (i != s.size()) return false;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return false;
  double days = DaysFromCivil(year, unsigned(month), unsigned(day));
  out = ((days * 24 + hour) * 60 + minute - offset) * 60000.0 + second * 1000.0 + millis;
  return true;
}

class Parser : public Napi::ObjectWrap<Parser> {
 public:
  static Napi::Function Define(Napi::Env env) {
    return DefineClass(env, "Parser",
                       {
                           InstanceMethod<&Parser::Feed>("feed"),
                           InstanceMethod<&Parser::Reset>("reset"),
                           InstanceAccessor<&Parser::GetOps>("ops"),
                           InstanceAccessor<&Parser::GetNums>("nums"),
                           InstanceAccessor<&Parser::GetState>("state"),
                       });
  }

  // new Parser({ maxDepth })
  explicit Parser(const Napi::CallbackInfo& info) : Napi::ObjectWrap<Parser>(info), schema_(&Data(info.Env()).schema) {
    Napi::Env env = info.Env();
    if (info.Length() > 0 && info[0].IsObject()) {
      Napi::Value d = info[0].As<Napi::Object>().Get("maxDepth");
      if (d.IsNumber()) maxDepth_ = std::max(1, d.As<Napi::Number>().Int32Value());
    }
    opsArray_ = Napi::Persistent(Napi::Int32Array::New(env, 1 << 14));
    numsArray_ = Napi::Persistent(Napi::Float64Array::New(env, 1 << 12));
    stateArray_ = Napi::Persistent(Napi::Int32Array::New(env, 8));
    std::memset(&sax_, 0, sizeof(sax_));
    sax_.initialized = XML_SAX2_MAGIC;
    sax_.startElementNs = &Parser::OnStartElement;
    sax_.endElementNs = &Parser::OnEndElement;
    sax_.characters = &Parser::OnCharacters;
    sax_.cdataBlock = &Parser::OnCharacters;
    sax_.internalSubset = &Parser::OnInternalSubset;
    sax_.externalSubset = &Parser::OnInternalSubset;
    sax_.entityDecl = &Parser::OnEntityDecl;
    sax_.getEntity = &Parser::OnGetEntity;
    sax_.getParameterEntity = &Parser::OnGetEntity;
    sax_.reference = &Parser::OnReference;
    sax_.serror = &Parser::OnError;
  }

  ~Parser() override { Close(); }

 private:
  // feed(data: Uint8Array, offset, length, last, isString) -> string
  // Parses up to `length` bytes at `offset` (it may stop early to hand over
  // a full tape; state[0] says how many bytes it took). Returns the text of
  // the ready part of the tape; state holds:
  //   [0] bytes consumed, [1] ready top-level items, [2] root type id,
  //   [3] 1 if the root is a list, [4] 1 when the document is complete,
  //   [5] ready ops, [6] ready nums
  Napi::Value Feed(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    if (!schema_->loaded()) return ThrowError(env, "XML schema is not loaded");
    if (info.Length() < 5 || !info[0].IsTypedArray()) {
      Napi::TypeError::New(env, "feed(data, offset, length, last, isString)").ThrowAsJavaScriptException();
      return Napi::Value();
    }
    Napi::Uint8Array data = info[0].As<Napi::Uint8Array>();
    size_t offset = info[1].As<Napi::Number>().Int64Value();
    size_t length = info[2].As<Napi::Number>().Int64Value();
    bool last = info[3].ToBoolean();
    bool isString = info[4].ToBoolean();
    if (offset > data.ByteLength() || length > data.ByteLength() - offset) {
      Napi::RangeError::New(env, "feed: range outside the data").ThrowAsJavaScriptException();
      return Napi::Value();
    }
    if (!busy_ && !Open(isString)) return ThrowError(env, "cannot create the libxml2 parser context");

    const char* p = reinterpret_cast<const char*>(data.Data()) + offset;
    size_t remaining = length;
    size_t consumed = 0;
    bool finished = false;
    do {
      size_t n = std::min(remaining, kSlice);
      bool terminate = last && n == remaining;
      int rc = xmlParseChunk(ctxt_, p, int(n), terminate ? 1 : 0);
      p += n;
      remaining -= n;
      consumed += n;
      if (!error_.empty() || rc != 0 || (ctxt_->wellFormed == 0)) return Fail(env);
      if (terminate) {
        finished = true;
        break;
      }
    } while (remaining > 0 && readyOps_ < kFlushOps);

    if (finished && !complete_) {
      error_ = "the document ended before its root element was closed";
      return Fail(env);
    }
    Napi::Value text = Flush(env);
    int32_t* state = stateArray_.Value().Data();
    state[0] = int32_t(consumed);
    state[4] = finished ? 1 : 0;
    if (finished) busy_ = false;  // the context is kept for the next document
    return text;
  }

  Napi::Value Reset(const Napi::CallbackInfo& info) {
    Close();
    return info.Env().Undefined();
  }

  Napi::Value GetOps(const Napi::CallbackInfo&) { return opsArray_.Value(); }
  Napi::Value GetNums(const Napi::CallbackInfo&) { return numsArray_.Value(); }
  Napi::Value GetState(const Napi::CallbackInfo&) { return stateArray_.Value(); }

  // Starts a document. The libxml2 context of the previous document is reset
  // and reused when it ended well (a context costs more to create than a
  // small document costs to parse); its name dictionary, and so the tag
  // cache keyed by its pointers, stay valid across resets.
  bool Open(bool isString) {
    if (ctxt_ != nullptr && ctxtIsString_ == isString && xmlDictSize(ctxt_->dict) < kMaxDictNames) {
      xmlCtxtResetPush(ctxt_, nullptr, 0, nullptr, nullptr);
    } else {
      Close();
      ctxt_ = xmlCreatePushParserCtxt(&sax_, this, nullptr, 0, nullptr);
      if (ctxt_ == nullptr) return false;
      int options = XML_PARSE_NONET | XML_PARSE_NOWARNING;
      if (isString) options |= XML_PARSE_IGNORE_ENC;
      xmlCtxtUseOptions(ctxt_, options);
      ctxt_->replaceEntities = 0;
      ctxtIsString_ = isString;
      std::memset(tagCache_, 0, sizeof(tagCache_));
      tagCacheUsed_ = 0;
    }
    if (isString) xmlSwitchEncoding(ctxt_, XML_CHAR_ENCODING_UTF8);
    busy_ = true;
    frames_.clear();
    frames_.push_back(Frame{F_ROOT, false, -1, 0, 0, -1, -1, -1, 0, 0, nullptr});
    ops_.clear();
    nums_.clear();
    text_.clear();
    scratch_.clear();
    readyOps_ = readyNums_ = readyText_ = 0;
    readyItems_ = 0;
    skipDepth_ = 0;
    complete_ = false;
    rootType_ = -1;
    rootList_ = false;
    error_.clear();
    errorLine_ = errorColumn_ = errorCode_ = 0;
    return true;
  }

  void Close() {
    if (ctxt_ != nullptr) {
      xmlFreeParserCtxt(ctxt_);
      ctxt_ = nullptr;
    }
    busy_ = false;
  }

  Napi::Value Fail(Napi::Env env) {
    std::string message = error_;
    int line = errorLine_, column = errorColumn_, code = errorCode_;
    if (message.empty()) {
      const xmlError* e = xmlCtxtGetLastError(ctxt_);
      if (e != nullptr && e->message != nullptr) {
        message = e->message;
        while (!message.empty() && IsSpace(message.back())) message.pop_back();
        line = e->line;
        column = e->int2;
        code = e->code;
      } else {
        message = "malformed XML document";
      }
    }
    Close();
    ops_.clear();
    nums_.clear();
    text_.clear();
    return ThrowError(env, message, line, column, code);
  }

  // Copies the ready part of the tape to the JS arrays and returns its text.
  Napi::Value Flush(Napi::Env env) {
    int32_t* state = stateArray_.Value().Data();
    state[1] = int32_t(readyItems_);
    state[2] = rootType_;
    state[3] = rootList_ ? 1 : 0;
    state[5] = int32_t(readyOps_);
    state[6] = int32_t(readyNums_);
    if (readyOps_ > opsArray_.Value().ElementLength()) {
      size_t cap = opsArray_.Value().ElementLength();
      while (cap < readyOps_) cap *= 2;
      opsArray_ = Napi::Persistent(Napi::Int32Array::New(env, cap));
    }
    if (readyNums_ > numsArray_.Value().ElementLength()) {
      size_t cap = numsArray_.Value().ElementLength();
      while (cap < readyNums_) cap *= 2;
      numsArray_ = Napi::Persistent(Napi::Float64Array::New(env, cap));
    }
    if (readyOps_ > 0) std::memcpy(opsArray_.Value().Data(), ops_.data(), readyOps_ * sizeof(int32_t));
    if (readyNums_ > 0) std::memcpy(numsArray_.Value().Data(), nums_.data(), readyNums_ * sizeof(double));
    napi_value text;
    if (IsAscii(text_.data(), readyText_)) {
      napi_create_string_latin1(env, text_.data(), readyText_, &text);
    } else {
      napi_create_string_utf8(env, text_.data(), readyText_, &text);
    }
    // Keep the unfinished item's part of the tape.
    for (Frame& f : frames_) {
      if (f.type == F_LIST && f.countPos >= 0) f.countPos -= int32_t(readyOps_);
      if (f.type == F_VALUE && f.kind == KIND_STRING) f.textStart -= readyText_;
    }
    ops_.erase(ops_.begin(), ops_.begin() + readyOps_);
    nums_.erase(nums_.begin(), nums_.begin() + readyNums_);
    text_.erase(0, readyText_);
    readyOps_ = readyNums_ = readyText_ = 0;
    readyItems_ = 0;
    return Napi::Value(env, text);
  }

  // ---- SAX callbacks ----

  int32_t TagOf(const xmlChar* name) {
    size_t h = size_t((reinterpret_cast<uintptr_t>(name) >> 3) * 0x9E3779B97F4A7C15ull >> 54);
    for (;;) {
      TagCacheEntry& e = tagCache_[h];
      if (e.key == name) return e.id;
      if (e.key == nullptr) {
        int32_t id = schema_->tagId(reinterpret_cast<const char*>(name));
        if (tagCacheUsed_ < kTagCacheSize * 3 / 4) {
          e.key = name;
          e.id = id;
          tagCacheUsed_++;
        }
        return id;
      }
      h = (h + 1) & (kTagCacheSize - 1);
    }
  }

  void SetError(const std::string& message) {
    if (error_.empty()) {
      error_ = message;
      errorLine_ = xmlSAX2GetLineNumber(ctxt_);
      errorColumn_ = xmlSAX2GetColumnNumber(ctxt_);
    }
    xmlStopParser(ctxt_);
  }

  void StringPayload(size_t start) {
    ops_.push_back(Utf16Length(text_.data() + start, text_.size() - start));
  }

  void AppendText(const char* s, size_t n) { text_.append(s, n); }

  // Attribute values: without entity substitution libxml2 hands '&' over as
  // "&#38;" (so a tree could be saved unchanged); turn it back into '&'.
  void AppendAttribute(const xmlChar* value, const xmlChar* end) {
    const char* s = reinterpret_cast<const char*>(value);
    size_t n = size_t(end - value);
    const char* amp = static_cast<const char*>(std::memchr(s, '&', n));
    if (amp == nullptr) {
      text_.append(s, n);
      return;
    }
    const char* e = s + n;
    while (s < e) {
      if (*s == '&' && e - s >= 5 && std::memcmp(s, "&#38;", 5) == 0) {
        text_.push_back('&');
        s += 5;
      } else {
        text_.push_back(*s++);
      }
    }
  }

  // Emits the attributes of a struct element that are members of its type.
  void StructAttributes(const StructType& st, int nb, const xmlChar** attrs) {
    for (int i = 0; i < nb; i++) {
      const xmlChar** a = attrs + i * 5;
      int32_t tag = TagOf(a[0]);
      if (tag < 0) continue;
      uint16_t index = st.byTag[tag];
      if (index == 0) continue;
      const Member& m = st.members[index - 1];
      if (m.kind & FLAG_LIST) continue;
      int32_t kind = m.kind & KIND_MASK;
      if (kind == KIND_STRUCT) continue;
      if (kind == KIND_STRING) {
        ops_.push_back(index);
        size_t start = text_.size();
        AppendAttribute(a[3], a[4]);
        StringPayload(start);
      } else {
        scratch_.assign(reinterpret_cast<const char*>(a[3]), size_t(a[4] - a[3]));
        ops_.push_back(index);
        if (!EmitScalar(kind, m.target, scratch_, a[0])) return;
      }
    }
  }

  // Emits the payload of a non-string scalar; false after an error.
  bool EmitScalar(int32_t kind, int32_t target, std::string_view raw, const xmlChar* name) {
    std::string_view v = Trim(raw);
    switch (kind) {
      case KIND_BOOLEAN:
        // Like the Python SDK: true/false in any letter case, and 1/0.
        if (v == "1" || EqualsIgnoringCase(v, "true")) {
          ops_.push_back(1);
        } else if (v == "0" || EqualsIgnoringCase(v, "false")) {
          ops_.push_back(0);
        } else {
          return BadValue("boolean", raw, name);
        }
        return true;
      case KIND_INTEGER: {
        const char* b = v.data();
        const char* e = b + v.size();
        bool neg = false;
        if (b < e && (*b == '-' || *b == '+')) neg = *b++ == '-';
        if (b == e) return BadValue("integer", raw, name);
        double acc = 0;
        for (const char* c = b; c < e; c++) {
          if (*c < '0' || *c > '9') return BadValue("integer", raw, name);
          acc = acc * 10 + (*c - '0');
          if (acc > kMaxSafeInteger) {
            SetError("integer " + std::string(v) + " in <" + reinterpret_cast<const char*>(name) +
                     "> is outside the range JavaScript numbers hold exactly (" +
                     "-9007199254740991 to 9007199254740991)");
            return false;
          }
        }
        nums_.push_back(neg ? -acc : acc);
        return true;
      }
      case KIND_DECIMAL: {
        double d;
        const char* b = v.data();
        if (!v.empty() && *b == '+') b++;
        auto r = std::from_chars(b, v.data() + v.size(), d);
        if (v.empty() || r.ec != std::errc() || r.ptr != v.data() + v.size()) {
          if (v == "INF") d = INFINITY;
          else if (v == "-INF") d = -INFINITY;
          else if (v == "NaN") d = NAN;
          else return BadValue("decimal", raw, name);
        }
        nums_.push_back(d);
        return true;
      }
      case KIND_DATE: {
        double ms;
        if (!ParseDate(v, ms)) return BadValue("date", raw, name);
        nums_.push_back(ms);
        return true;
      }
      case KIND_ENUM: {
        const auto& ids = schema_->enumIds[target];
        auto it = ids.find(v);
        if (it != ids.end()) {
          ops_.push_back(it->second);
        } else {
          // Unknown value (a newer engine): handed over as its raw text.
          ops_.push_back(-1);
          size_t start = text_.size();
          AppendText(v.data(), v.size());
          StringPayload(start);
        }
        return true;
      }
      default:
        return true;
    }
  }

  bool BadValue(const char* what, std::string_view raw, const xmlChar* name) {
    std::string shown(raw.substr(0, 64));
    SetError("invalid " + std::string(what) + " value '" + shown + (raw.size() > 64 ? "...'" : "'") + " in <" +
             reinterpret_cast<const char*>(name) + ">");
    return false;
  }

  void PushStruct(int32_t typeId, bool topItem, const xmlChar* name, int nb, const xmlChar** attrs) {
    frames_.push_back(Frame{F_STRUCT, topItem, typeId, KIND_STRUCT, 0, typeId, -1, -1, 0, 0, name});
    StructAttributes(schema_->types[typeId], nb, attrs);
  }

  void PushValue(int32_t op, int32_t kind, int32_t target, const xmlChar* name) {
    size_t start = (kind & KIND_MASK) == KIND_STRING ? text_.size() : 0;
    if ((kind & KIND_MASK) != KIND_STRING) scratch_.clear();
    frames_.push_back(Frame{F_VALUE, false, -1, kind & KIND_MASK, op, target, -1, -1, 0, start, name});
  }

  void StartElement(const xmlChar* localname, int nb, const xmlChar** attrs) {
    // frames_ holds the root frame, so its size is the depth of this element.
    if (int(frames_.size()) + skipDepth_ > maxDepth_) {
      SetError("the document is nested deeper than " + std::to_string(maxDepth_) + " levels");
      return;
    }
    if (skipDepth_ > 0) {
      skipDepth_++;
      return;
    }
    Frame& top = frames_.back();
    int32_t tag = TagOf(localname);
    switch (top.type) {
      case F_ROOT: {
        int32_t root = tag >= 0 ? schema_->roots[tag] : -1;
        if (root < 0) {
          SetError(std::string("unknown root element <") + reinterpret_cast<const char*>(localname) + ">");
          return;
        }
        rootType_ = root >> 1;
        rootList_ = (root & 1) != 0;
        if (rootList_) {
          const StructType& st = schema_->types[rootType_];
          frames_.push_back(Frame{F_LIST, false, rootType_, KIND_STRUCT | FLAG_LIST, 0, rootType_, st.tag, -1, 0, 0,
                                  localname});
        } else {
          PushStruct(rootType_, true, localname, nb, attrs);
        }
        return;
      }
      case F_STRUCT: {
        const StructType& st = schema_->types[top.typeId];
        if (tag < 0) {
          skipDepth_ = 1;
          return;
        }
        if (tag == schema_->linkTag) {
          LinkElement(st, nb, attrs);
          skipDepth_ = 1;
          return;
        }
        uint16_t index = st.byTag[tag];
        if (index == 0) {
          skipDepth_ = 1;
          return;
        }
        const Member& m = st.members[index - 1];
        int32_t kind = m.kind & KIND_MASK;
        if (m.kind & FLAG_LIST) {
          // A list element may carry the list's href.
          for (int i = 0; i < nb; i++) {
            if (TagOf(attrs[i * 5]) == schema_->hrefTag && schema_->hrefTag >= 0) {
              ops_.push_back(-int32_t(index));
              size_t start = text_.size();
              AppendAttribute(attrs[i * 5 + 3], attrs[i * 5 + 4]);
              StringPayload(start);
            }
          }
          ops_.push_back(index);
          int32_t countPos = int32_t(ops_.size());
          ops_.push_back(0);
          frames_.push_back(Frame{F_LIST, false, m.target, m.kind, 0, m.target, m.itemTag, countPos, 0, 0, localname});
        } else if (kind == KIND_STRUCT) {
          ops_.push_back(index);
          PushStruct(m.target, false, localname, nb, attrs);
        } else {
          PushValue(index, kind, m.target, localname);
        }
        return;
      }
      case F_LIST: {
        if (tag != top.itemTag || tag < 0) {
          skipDepth_ = 1;
          return;
        }
        top.count++;
        if ((top.kind & KIND_MASK) == KIND_STRUCT) {
          PushStruct(top.target, top.countPos < 0, localname, nb, attrs);
        } else {
          PushValue(0, top.kind, top.target, localname);
        }
        return;
      }
      case F_VALUE:
        // Markup inside a value is not part of the value.
        skipDepth_ = 1;
        return;
    }
  }

  void LinkElement(const StructType& st, int nb, const xmlChar** attrs) {
    const xmlChar* rel = nullptr;
    const xmlChar* relEnd = nullptr;
    const xmlChar* href = nullptr;
    const xmlChar* hrefEnd = nullptr;
    for (int i = 0; i < nb; i++) {
      int32_t t = TagOf(attrs[i * 5]);
      if (t < 0) continue;
      if (t == schema_->relTag) {
        rel = attrs[i * 5 + 3];
        relEnd = attrs[i * 5 + 4];
      } else if (t == schema_->hrefTag) {
        href = attrs[i * 5 + 3];
        hrefEnd = attrs[i * 5 + 4];
      }
    }
    if (rel == nullptr || href == nullptr) return;
    int32_t relTag = schema_->tagId(std::string_view(reinterpret_cast<const char*>(rel), size_t(relEnd - rel)));
    if (relTag < 0) return;
    uint16_t index = st.byRel[relTag];
    if (index == 0) return;
    ops_.push_back(-int32_t(index));
    size_t start = text_.size();
    AppendAttribute(href, hrefEnd);
    StringPayload(start);
  }

  void EndElement() {
    if (skipDepth_ > 0) {
      skipDepth_--;
      return;
    }
    Frame f = frames_.back();
    frames_.pop_back();
    switch (f.type) {
      case F_VALUE:
        if (f.kind == KIND_STRING) {
          if (f.op != 0) {
            // The op goes before the payload; the text is already in place.
            ops_.push_back(f.op);
          }
          StringPayload(f.textStart);
        } else {
          if (f.op != 0) ops_.push_back(f.op);
          EmitScalar(f.kind, f.target, scratch_, f.name);
        }
        return;
      case F_STRUCT:
        ops_.push_back(0);
        if (f.topItem) MarkReady();
        return;
      case F_LIST:
        if (f.countPos >= 0) {
          ops_[f.countPos] = f.count;
        } else {
          MarkReady();
        }
        return;
      case F_ROOT:
        return;
    }
  }

  void MarkReady() {
    readyOps_ = ops_.size();
    readyNums_ = nums_.size();
    readyText_ = text_.size();
    if (frames_.size() == 1) {
      complete_ = true;  // the root element is closed
      if (!rootList_) readyItems_++;
    } else {
      readyItems_++;
    }
  }

  void Characters(const xmlChar* s, int len) {
    if (skipDepth_ > 0) return;
    Frame& top = frames_.back();
    if (top.type != F_VALUE) return;
    if (top.kind == KIND_STRING) {
      AppendText(reinterpret_cast<const char*>(s), size_t(len));
    } else if (scratch_.size() < 4096) {
      scratch_.append(reinterpret_cast<const char*>(s), size_t(len));
    } else {
      SetError(std::string("the value of <") + reinterpret_cast<const char*>(top.name) + "> is too long");
    }
  }

  // libxml2 hands every callback the user data given at context creation.
  static Parser* Self(void* ctx) { return static_cast<Parser*>(ctx); }

  static void OnStartElement(void* ctx, const xmlChar* localname, const xmlChar*, const xmlChar*, int, const xmlChar**,
                             int nb_attributes, int, const xmlChar** attributes) {
    Self(ctx)->StartElement(localname, nb_attributes, attributes);
  }
  static void OnEndElement(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) { Self(ctx)->EndElement(); }
  static void OnCharacters(void* ctx, const xmlChar* s, int len) { Self(ctx)->Characters(s, len); }
  static void OnInternalSubset(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
    Self(ctx)->SetError("DTDs are not allowed in oVirt API documents");
  }
  static void OnEntityDecl(void* ctx, const xmlChar*, int, const xmlChar*, const xmlChar*, xmlChar*) {
    Self(ctx)->SetError("entity declarations are not allowed in oVirt API documents");
  }
  static xmlEntityPtr OnGetEntity(void*, const xmlChar* name) { return xmlGetPredefinedEntity(name); }
  static void OnReference(void* ctx, const xmlChar* name) {
    Self(ctx)->SetError(std::string("reference to undeclared entity &") + reinterpret_cast<const char*>(name) + ";");
  }
  static void OnError(void* ctx, xmlErrorPtr error) {
    if (error == nullptr || error->level < XML_ERR_ERROR) return;
    Parser* self = Self(ctx);
    if (self == nullptr || !self->error_.empty()) return;
    std::string message = error->message != nullptr ? error->message : "malformed XML";
    while (!message.empty() && IsSpace(message.back())) message.pop_back();
    self->error_ = message;
    self->errorLine_ = error->line;
    self->errorColumn_ = error->int2;
    self->errorCode_ = error->code;
  }

  struct TagCacheEntry {
    const xmlChar* key;
    int32_t id;
  };
  static constexpr size_t kTagCacheSize = 1024;

  const Schema* schema_;
  xmlSAXHandler sax_;
  xmlParserCtxtPtr ctxt_ = nullptr;
  bool busy_ = false;          // a document is being parsed with ctxt_
  bool ctxtIsString_ = false;  // ctxt_ ignores encoding declarations (string input)
  static constexpr int kMaxDictNames = 4096;  // past this, a fresh context (and dictionary)
  int maxDepth_ = 64;
  TagCacheEntry tagCache_[kTagCacheSize];
  size_t tagCacheUsed_ = 0;
  std::vector<Frame> frames_;
  std::vector<int32_t> ops_;
  std::vector<double> nums_;
  std::string text_;
  std::string scratch_;
  size_t readyOps_ = 0, readyNums_ = 0, readyText_ = 0, readyItems_ = 0;
  int skipDepth_ = 0;
  bool complete_ = false;
  int32_t rootType_ = -1;
  bool rootList_ = false;
  std::string error_;
  int errorLine_ = 0, errorColumn_ = 0, errorCode_ = 0;
  Napi::Reference<Napi::Int32Array> opsArray_;
  Napi::Reference<Napi::Float64Array> numsArray_;
  Napi::Reference<Napi::Int32Array> stateArray_;
};

}  // namespace

void InitReader(Napi::Env env, Napi::Object exports) {
  exports.Set("Parser", Parser::Define(env));
}

}  // namespace ovirt
