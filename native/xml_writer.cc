// XML writer: renders a tape built by the generated JS writers
// (lib/generated/writers.ts) into a UTF-8 document in one native call.
//
//   ops (Int32Array): 1 OPEN tag | 2 ATTR tag len | 3 TEXT len | 4 CLOSE |
//                     5 LEAF tag len | 6 OPEN_NAME len
//   text (string):    every text, attribute value and dynamic element name,
//                     back to back; `len` is its length in UTF-16 units.
//
// Every character is checked against the XML 1.0 Char production (control
// characters, lone surrogates, U+FFFE and U+FFFF are rejected with an error
// naming the element) and escaped for its context, so the output is always
// well-formed; tests read it back with libxml2.
#include <cstdio>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "addon.h"

namespace ovirt {
namespace {

enum WriterOp : int32_t { OP_OPEN = 1, OP_ATTR = 2, OP_TEXT = 3, OP_CLOSE = 4, OP_LEAF = 5, OP_OPEN_NAME = 6 };

// ASCII characters that need escaping (1) or are not allowed in XML (2), in
// text and in attribute values.
struct SpecialTables {
  uint8_t text[128];
  uint8_t attribute[128];
  constexpr SpecialTables() : text(), attribute() {
    for (int c = 0; c < 0x20; c++) text[c] = attribute[c] = 2;
    text[int('\t')] = 0;
    text[int('\n')] = 0;
    text[int('\r')] = 1;
    attribute[int('\t')] = attribute[int('\n')] = attribute[int('\r')] = 1;
    text[int('&')] = text[int('<')] = text[int('>')] = 1;
    attribute[int('&')] = attribute[int('<')] = attribute[int('>')] = attribute[int('"')] = 1;
  }
};
constexpr SpecialTables kSpecial;
constexpr const uint8_t* kTextSpecial = kSpecial.text;
constexpr const uint8_t* kAttributeSpecial = kSpecial.attribute;

struct Open {
  std::string_view name;
  bool startTagOpen;   // "<name ..." written, ">" not yet
  bool hasChildren;
};

class Renderer {
 public:
  // Text as UTF-16 code units: every character checked, lone surrogates
  // reported (the path for text that is not well-formed UTF-16).
  Renderer(const Schema& schema, const char16_t* text, size_t textLen, int indent)
      : schema_(schema), text_(text), textLen_(textLen), indent_(indent) {
    out_.reserve(textLen + 1024);
  }

  // Text as UTF-8 (the fast path; JS has checked it holds no lone surrogate).
  // Lengths in the tape stay UTF-16 units, counted while copying.
  Renderer(const Schema& schema, const unsigned char* text8, size_t text8Len, int indent)
      : schema_(schema), text_(nullptr), textLen_(0), text8_(text8), text8Len_(text8Len), indent_(indent) {
    out_.reserve(text8Len + text8Len / 2 + 1024);
  }

  // Returns false with `error` set.
  bool Run(const int32_t* ops, size_t count) {
    size_t i = 0;
    while (i < count) {
      int32_t op = ops[i++];
      switch (op) {
        case OP_OPEN:
        case OP_LEAF: {
          if (i >= count) return Corrupt();
          std::string_view name;
          if (!TagName(ops[i++], name)) return false;
          StartElement(name);
          if (op == OP_LEAF) {
            if (i >= count) return Corrupt();
            out_.push_back('>');
            if (!Escaped(size_t(ops[i++]), false, name)) return false;
            out_ += "</";
            out_ += name;
            out_.push_back('>');
            stack_.pop_back();
          }
          break;
        }
        case OP_OPEN_NAME: {
          if (i >= count) return Corrupt();
          size_t len = size_t(ops[i++]);
          if (!DynamicName(len)) return false;
          StartElement(names_.back());
          break;
        }
        case OP_ATTR: {
          if (i + 1 >= count || stack_.empty() || !stack_.back().startTagOpen) return Corrupt();
          std::string_view name;
          if (!TagName(ops[i++], name)) return false;
          out_.push_back(' ');
          out_ += name;
          out_ += "=\"";
          if (!Escaped(size_t(ops[i++]), true, stack_.back().name)) return false;
          out_.push_back('"');
          break;
        }
        case OP_TEXT: {
          if (i >= count || stack_.empty()) return Corrupt();
          CloseStartTag();
          if (!Escaped(size_t(ops[i++]), false, stack_.back().name)) return false;
          break;
        }
        case OP_CLOSE: {
          if (stack_.empty()) return Corrupt();
          Open& top = stack_.back();
          if (top.startTagOpen) {
            out_ += "/>";
          } else {
            if (top.hasChildren) NewLine(stack_.size() - 1);
            out_ += "</";
            out_ += top.name;
            out_.push_back('>');
          }
          stack_.pop_back();
          break;
        }
        default:
          return Corrupt();
      }
    }
    if (!stack_.empty() || (text8_ != nullptr ? pos8_ != text8Len_ : pos_ != textLen_)) return Corrupt();
    return true;
  }

  std::string& Output() { return out_; }
  bool Ascii() const { return ascii_; }
  bool SplitPair() const { return splitPair_; }
  const std::string& Error() const { return error_; }

 private:
  bool Corrupt() {
    error_ = "internal error: malformed writer tape";
    return false;
  }

  bool TagName(int32_t tag, std::string_view& name) {
    if (tag < 0 || size_t(tag) >= schema_.tags.size()) return Corrupt();
    name = schema_.tags[tag];
    return true;
  }

  // An element name given at run time (Writer.write's `root` option).
  bool DynamicName(size_t len) {
    size_t available = text8_ != nullptr ? text8Len_ - pos8_ : textLen_ - pos_;
    if (len > available || len == 0) {
      error_ = "an element name must not be empty";
      return false;
    }
    std::string name;
    for (size_t k = 0; k < len; k++) {
      uint32_t c = text8_ != nullptr ? text8_[pos8_ + k] : uint32_t(text_[pos_ + k]);
      bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
                (k > 0 && ((c >= '0' && c <= '9') || c == '-' || c == '.'));
      if (!ok) {
        error_ = "invalid element name (use ASCII letters, digits, '_', '-' and '.')";
        return false;
      }
      name.push_back(char(c));
    }
    if (text8_ != nullptr) pos8_ += len;
    else pos_ += len;
    names_.push_back(std::move(name));
    return true;
  }

  void NewLine(size_t depth) {
    if (indent_ <= 0) return;
    out_.push_back('\n');
    out_.append(depth * size_t(indent_), ' ');
  }

  void CloseStartTag() {
    if (!stack_.empty() && stack_.back().startTagOpen) {
      out_.push_back('>');
      stack_.back().startTagOpen = false;
    }
  }

  void StartElement(std::string_view name) {
    if (!stack_.empty()) {
      CloseStartTag();
      stack_.back().hasChildren = true;
      NewLine(stack_.size());
    }
    out_.push_back('<');
    out_ += name;
    stack_.push_back(Open{name, true, false});
  }

  bool Invalid(uint32_t c, std::string_view element) {
    char code[16];
    std::snprintf(code, sizeof(code), "U+%04X", c);
    error_ = std::string("invalid XML character ") + code + " in the value of <" + std::string(element) + ">";
    return false;
  }

  bool Escaped(size_t len, bool attribute, std::string_view element) {
    return text8_ != nullptr ? Escaped8(len, attribute, element) : Escaped16(len, attribute, element);
  }

  // Appends the next `len` UTF-16 units of the UTF-8 text, escaped. Runs of
  // characters that need nothing are copied in one go.
  bool Escaped8(size_t len, bool attribute, std::string_view element) {
    const unsigned char* s = text8_ + pos8_;
    const unsigned char* end = text8_ + text8Len_;
    const unsigned char* run = s;
    const uint8_t* table = attribute ? kAttributeSpecial : kTextSpecial;
    size_t units = 0;
    while (units < len) {
      if (s >= end) return Corrupt();
      unsigned char c = *s;
      if (c < 0x80) {
        if (table[c] == 0) {
          s++;
          units++;
          continue;
        }
        out_.append(reinterpret_cast<const char*>(run), size_t(s - run));
        switch (c) {
          case '&': out_ += "&amp;"; break;
          case '<': out_ += "&lt;"; break;
          case '>': out_ += "&gt;"; break;
          case '"': out_ += "&quot;"; break;
          case '\t': out_ += "&#9;"; break;
          case '\n': out_ += "&#10;"; break;
          case '\r': out_ += "&#13;"; break;
          default: return Invalid(c, element);
        }
        s++;
        units++;
        run = s;
        continue;
      }
      ascii_ = false;
      size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      if (size_t(end - s) < n) return Corrupt();
      if (n == 3 && c == 0xEF && s[1] == 0xBF && (s[2] == 0xBE || s[2] == 0xBF)) {
        return Invalid(s[2] == 0xBE ? 0xFFFE : 0xFFFF, element);
      }
      if (n == 4 && units + 2 > len) {
        // The value ends with half a surrogate pair whose other half starts
        // the next value: together they made one character in the UTF-8.
        // Render() takes the UTF-16 way, which names the element of each half.
        splitPair_ = true;
        error_ = "a surrogate pair is split between two values";
        return false;
      }
      s += n;
      units += n == 4 ? 2 : 1;
    }
    if (units != len) return Corrupt();
    out_.append(reinterpret_cast<const char*>(run), size_t(s - run));
    pos8_ = size_t(s - text8_);
    return true;
  }

  // Appends text[pos_, pos_ + len) as escaped UTF-8.
  bool Escaped16(size_t len, bool attribute, std::string_view element) {
    if (len > textLen_ - pos_) return Corrupt();
    const char16_t* s = text_ + pos_;
    const char16_t* end = s + len;
    pos_ += len;
    while (s < end) {
      uint32_t c = *s++;
      if (c < 0x80) {
        if (c >= 0x20) {
          switch (c) {
            case '&': out_ += "&amp;"; break;
            case '<': out_ += "&lt;"; break;
            case '>': out_ += "&gt;"; break;
            case '"':
              if (attribute) out_ += "&quot;";
              else out_.push_back('"');
              break;
            default: out_.push_back(char(c));
          }
        } else if (c == '\t' || c == '\n') {
          if (attribute) out_ += c == '\t' ? "&#9;" : "&#10;";
          else out_.push_back(char(c));
        } else if (c == '\r') {
          out_ += "&#13;";
        } else {
          return Invalid(c, element);
        }
      } else if (c < 0x800) {
        ascii_ = false;
        out_.push_back(char(0xC0 | (c >> 6)));
        out_.push_back(char(0x80 | (c & 0x3F)));
      } else if (c >= 0xD800 && c <= 0xDFFF) {
        if (c >= 0xDC00 || s == end || *s < 0xDC00 || *s > 0xDFFF) return Invalid(c, element);
        ascii_ = false;
        uint32_t cp = 0x10000 + ((c - 0xD800) << 10) + (uint32_t(*s++) - 0xDC00);
        out_.push_back(char(0xF0 | (cp >> 18)));
        out_.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out_.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out_.push_back(char(0x80 | (cp & 0x3F)));
      } else {
        if (c == 0xFFFE || c == 0xFFFF) return Invalid(c, element);
        ascii_ = false;
        out_.push_back(char(0xE0 | (c >> 12)));
        out_.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out_.push_back(char(0x80 | (c & 0x3F)));
      }
    }
    return true;
  }

  const Schema& schema_;
  const char16_t* text_;
  size_t textLen_;
  size_t pos_ = 0;
  const unsigned char* text8_ = nullptr;
  size_t text8Len_ = 0;
  size_t pos8_ = 0;
  bool ascii_ = true;  // nothing above U+007F written
  bool splitPair_ = false;  // Escaped8 met a surrogate pair made of two values
  int indent_;
  std::string out_;
  std::string error_;
  std::vector<Open> stack_;
  std::deque<std::string> names_;  // stable addresses for the views in stack_
};

// render(ops: Int32Array, count: number, text: string, indent: number,
//        asBuffer: boolean, wellFormed: boolean, maxLength: number)
// `wellFormed`: JS checked the text has no lone surrogate, so it can be
// taken as UTF-8 (V8 encodes it fast); otherwise it is read as UTF-16 and the
// surrogate is reported with its element. (Two values may still make a
// surrogate pair between them: then it is read again as UTF-16.) `maxLength`: the longest string
// V8 makes (buffer.constants.MAX_STRING_LENGTH); a longer document is an
// XmlError that points to the Buffer output.
Napi::Value Render(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AddonData& data = Data(env);
  if (!data.schema.loaded()) return ThrowError(env, "XML schema is not loaded");
  if (info.Length() < 7) return ThrowError(env, "render(ops, count, text, indent, asBuffer, wellFormed, maxLength)");
  size_t opsLength = 0;
  void* opsData = nullptr;
  if (!TypedArrayArg(env, info[0], "render(): ops", {napi_int32_array}, "an Int32Array", opsData, opsLength)) {
    return Napi::Value();
  }
  int64_t count = 0;
  int32_t indent = 0;
  bool asBuffer = false, wellFormed = false;
  double maxLength = 0;
  if (!Check(env, napi_get_value_int64(env, info[1], &count), "render(): count") ||
      !Check(env, napi_get_value_int32(env, info[3], &indent), "render(): indent") ||
      !Check(env, napi_get_value_bool(env, info[4], &asBuffer), "render(): asBuffer") ||
      !Check(env, napi_get_value_bool(env, info[5], &wellFormed), "render(): wellFormed") ||
      !Check(env, napi_get_value_double(env, info[6], &maxLength), "render(): maxLength")) {
    return Napi::Value();
  }
  if (count < 0 || uint64_t(count) > opsLength) return ThrowError(env, "render(): count exceeds the tape");
  if (indent < 0) indent = 0;
  if (indent > 16) indent = 16;

  std::vector<char16_t> text16;
  std::string text8;
  std::unique_ptr<Renderer> r;
  size_t len = 0;
  if (wellFormed) {
    if (!Check(env, napi_get_value_string_utf8(env, info[2], nullptr, 0, &len), "render(): text")) return Napi::Value();
    text8.resize(len + 1);
    if (!Check(env, napi_get_value_string_utf8(env, info[2], text8.data(), text8.size(), &len), "render(): text")) {
      return Napi::Value();
    }
    r = std::make_unique<Renderer>(data.schema, reinterpret_cast<const unsigned char*>(text8.data()), len, indent);
    if (!r->Run(static_cast<const int32_t*>(opsData), size_t(count))) {
      if (!r->SplitPair()) return ThrowError(env, r->Error());
      r.reset();
      std::string().swap(text8);
    }
  }
  if (r == nullptr) {
    if (!Check(env, napi_get_value_string_utf16(env, info[2], nullptr, 0, &len), "render(): text")) return Napi::Value();
    text16.resize(len + 1);
    if (!Check(env, napi_get_value_string_utf16(env, info[2], text16.data(), text16.size(), &len), "render(): text")) {
      return Napi::Value();
    }
    r = std::make_unique<Renderer>(data.schema, text16.data(), len, indent);
    if (!r->Run(static_cast<const int32_t*>(opsData), size_t(count))) return ThrowError(env, r->Error());
  }
  std::string& out = r->Output();
  if (asBuffer) {
    // Hand the bytes over without a copy; the Buffer frees them.
    auto* owned = new std::string(std::move(out));
    napi_value buffer;
    napi_status status = napi_create_external_buffer(
        env, owned->size(), owned->data(),
        [](napi_env, void*, void* hint) { delete static_cast<std::string*>(hint); }, owned, &buffer);
    if (status != napi_ok) {
      size_t size = owned->size();
      delete owned;
      Check(env, status, ("cannot create a Buffer of " + std::to_string(size) + " bytes for the document").c_str());
      return Napi::Value();
    }
    return Napi::Value(env, buffer);
  }
  // A UTF-8 document is at most as many UTF-16 units long as it has bytes:
  // count them only when the bytes alone are too many.
  size_t units = out.size();
  if (double(units) > maxLength && !r->Ascii()) units = Utf16Length(out.data(), out.size());
  if (double(units) > maxLength) {
    return ThrowError(env, "the document is " + std::to_string(units) +
                               " characters long, more than a JavaScript string can hold (" +
                               std::to_string(size_t(maxLength)) + "): use Writer.writeBuffer");
  }
  napi_value result;
  napi_status status = r->Ascii() ? napi_create_string_latin1(env, out.data(), out.size(), &result)
                                  : napi_create_string_utf8(env, out.data(), out.size(), &result);
  if (!Check(env, status, ("cannot create a string of " + std::to_string(out.size()) + " bytes for the document").c_str())) {
    return Napi::Value();
  }
  return Napi::Value(env, result);
}

}  // namespace

void InitWriter(Napi::Env env, Napi::Object exports) {
  exports.Set("render", Napi::Function::New(env, Render, "render"));
}

}  // namespace ovirt
