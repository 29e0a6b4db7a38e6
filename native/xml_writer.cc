// XML writer: renders a tape built by the generated JS writers
// (lib/xml/writers.ts) into a UTF-8 document in one native call.
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
#include <string>
#include <vector>

#include "addon.h"

namespace ovirt {
namespace {

enum WriterOp : int32_t { OP_OPEN = 1, OP_ATTR = 2, OP_TEXT = 3, OP_CLOSE = 4, OP_LEAF = 5, OP_OPEN_NAME = 6 };

struct Open {
  std::string_view name;
  bool startTagOpen;   // "<name ..." written, ">" not yet
  bool hasChildren;
};

class Renderer {
 public:
  Renderer(const Schema& schema, const char16_t* text, size_t textLen, int indent)
      : schema_(schema), text_(text), textLen_(textLen), indent_(indent) {
    out_.reserve(textLen + 1024);
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
    if (!stack_.empty() || pos_ != textLen_) return Corrupt();
    return true;
  }

  std::string& Output() { return out_; }
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
    if (len > textLen_ - pos_ || len == 0) {
      error_ = "an element name must not be empty";
      return false;
    }
    std::string name;
    for (size_t k = 0; k < len; k++) {
      char16_t c = text_[pos_ + k];
      bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
                (k > 0 && ((c >= '0' && c <= '9') || c == '-' || c == '.'));
      if (!ok) {
        error_ = "invalid element name (use ASCII letters, digits, '_', '-' and '.')";
        return false;
      }
      name.push_back(char(c));
    }
    pos_ += len;
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

  // Appends text[pos_, pos_ + len) as escaped UTF-8.
  bool Escaped(size_t len, bool attribute, std::string_view element) {
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
        out_.push_back(char(0xC0 | (c >> 6)));
        out_.push_back(char(0x80 | (c & 0x3F)));
      } else if (c >= 0xD800 && c <= 0xDFFF) {
        if (c >= 0xDC00 || s == end || *s < 0xDC00 || *s > 0xDFFF) return Invalid(c, element);
        uint32_t cp = 0x10000 + ((c - 0xD800) << 10) + (uint32_t(*s++) - 0xDC00);
        out_.push_back(char(0xF0 | (cp >> 18)));
        out_.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out_.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out_.push_back(char(0x80 | (cp & 0x3F)));
      } else {
        if (c == 0xFFFE || c == 0xFFFF) return Invalid(c, element);
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
  int indent_;
  std::string out_;
  std::string error_;
  std::vector<Open> stack_;
  std::deque<std::string> names_;  // stable addresses for the views in stack_
};

// render(ops: Int32Array, count: number, text: string, indent: number, asBuffer: boolean)
Napi::Value Render(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AddonData& data = Data(env);
  if (!data.schema.loaded()) return ThrowError(env, "XML schema is not loaded");
  if (info.Length() < 5 || !info[0].IsTypedArray() || !info[1].IsNumber() || !info[2].IsString()) {
    Napi::TypeError::New(env, "render(ops, count, text, indent, asBuffer)").ThrowAsJavaScriptException();
    return Napi::Value();
  }
  Napi::Int32Array ops = info[0].As<Napi::Int32Array>();
  size_t count = size_t(info[1].As<Napi::Number>().Int64Value());
  if (count > ops.ElementLength()) {
    Napi::RangeError::New(env, "render: count exceeds the tape").ThrowAsJavaScriptException();
    return Napi::Value();
  }
  size_t textLen = 0;
  napi_get_value_string_utf16(env, info[2], nullptr, 0, &textLen);
  std::vector<char16_t> text(textLen + 1);
  napi_get_value_string_utf16(env, info[2], text.data(), text.size(), &textLen);
  int indent = info[3].IsNumber() ? info[3].As<Napi::Number>().Int32Value() : 0;
  if (indent < 0) indent = 0;
  if (indent > 16) indent = 16;
  bool asBuffer = info[4].ToBoolean();

  // Names in the tape index the schema's tags; keep them alive while rendering.
  Renderer r(data.schema, text.data(), textLen, indent);
  if (!r.Run(ops.Data(), count)) return ThrowError(env, r.Error());
  std::string& out = r.Output();
  if (asBuffer) return Napi::Buffer<char>::Copy(env, out.data(), out.size());
  napi_value result;
  bool ascii = true;
  for (unsigned char c : out) {
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) napi_create_string_latin1(env, out.data(), out.size(), &result);
  else napi_create_string_utf8(env, out.data(), out.size(), &result);
  return Napi::Value(env, result);
}

}  // namespace

void InitWriter(Napi::Env env, Napi::Object exports) {
  exports.Set("render", Napi::Function::New(env, Render, "render"));
}

}  // namespace ovirt
