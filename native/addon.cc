// Module entry: configuration (error factory, schema) and version info.
#include "addon.h"

#include <algorithm>

#include <libxml/parser.h>
#include <libxml/xmlversion.h>

namespace ovirt {

namespace {

// Takes the pending JS exception, if any, and returns its message.
std::string TakePendingMessage(napi_env env) {
  bool pending = false;
  if (napi_is_exception_pending(env, &pending) != napi_ok || !pending) return std::string();
  napi_value exception;
  if (napi_get_and_clear_last_exception(env, &exception) != napi_ok) return std::string();
  napi_valuetype type;
  napi_value message = exception;
  if (napi_typeof(env, exception, &type) == napi_ok && type == napi_object &&
      napi_get_named_property(env, exception, "message", &message) != napi_ok) {
    napi_get_and_clear_last_exception(env, &message);  // a throwing getter: no message
    return "an exception";
  }
  char text[512];
  size_t length = 0;
  if (napi_typeof(env, message, &type) != napi_ok || type != napi_string ||
      napi_get_value_string_utf8(env, message, text, sizeof(text), &length) != napi_ok) {
    return "an exception";
  }
  return length > 0 ? std::string(text, length) : std::string("an exception");
}

}  // namespace

Napi::Value ThrowError(Napi::Env env, const std::string& message, int line, int column, int code) {
  TakePendingMessage(env);
  AddonData& data = Data(env);
  if (!data.makeError.IsEmpty()) {
    napi_value args[4], factory, receiver, error;
    if (napi_create_string_utf8(env, message.data(), message.size(), &args[0]) == napi_ok &&
        napi_create_int32(env, line, &args[1]) == napi_ok && napi_create_int32(env, column, &args[2]) == napi_ok &&
        napi_create_int32(env, code, &args[3]) == napi_ok &&
        napi_get_reference_value(env, data.makeError, &factory) == napi_ok && factory != nullptr &&
        napi_get_undefined(env, &receiver) == napi_ok &&
        napi_call_function(env, receiver, factory, 4, args, &error) == napi_ok && napi_throw(env, error) == napi_ok) {
      return Napi::Value();
    }
    TakePendingMessage(env);  // the factory failed: a plain Error below
  }
  napi_throw_error(env, nullptr, message.c_str());  // the last resort: nothing more to do if it fails
  return Napi::Value();
}

bool Check(napi_env env, napi_status status, const char* what) {
  if (status == napi_ok) return true;
  // The error info describes the last call: read it before any other.
  std::string reason;
  const napi_extended_error_info* info = nullptr;
  if (napi_get_last_error_info(env, &info) == napi_ok && info != nullptr && info->error_message != nullptr) {
    reason = info->error_message;
  }
  std::string pending = TakePendingMessage(env);
  if (!pending.empty()) reason = pending;
  ThrowError(Napi::Env(env), reason.empty() ? std::string(what) : std::string(what) + ": " + reason);
  return false;
}

bool TypedArrayArg(napi_env env, napi_value value, const char* what, std::initializer_list<napi_typedarray_type> types,
                   const char* expected, void*& data, size_t& length) {
  bool isTypedArray = false;
  if (!Check(env, napi_is_typedarray(env, value, &isTypedArray), what)) return false;
  napi_typedarray_type type = napi_int8_array;
  napi_value arrayBuffer;
  size_t byteOffset = 0;
  if (isTypedArray &&
      !Check(env, napi_get_typedarray_info(env, value, &type, &length, &data, &arrayBuffer, &byteOffset), what)) {
    return false;
  }
  if (!isTypedArray || std::find(types.begin(), types.end(), type) == types.end()) {
    ThrowError(Napi::Env(env), std::string(what) + " must be " + expected);
    return false;
  }
  return true;
}

bool NothingPending(Napi::Env env, const char* what) {
  std::string pending = TakePendingMessage(env);
  if (pending.empty()) return true;
  ThrowError(env, std::string(what) + ": " + pending);
  return false;
}

namespace {

// configure(makeError: (message, line, column, code) => Error)
Napi::Value Configure(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsFunction()) {
    Napi::TypeError::New(env, "configure() expects the error factory function").ThrowAsJavaScriptException();
    return Napi::Value();
  }
  Data(env).makeError = Napi::Persistent(info[0].As<Napi::Function>());
  if (!NothingPending(env, "configure")) return Napi::Value();
  return env.Undefined();
}

// The schema comes from lib/generated/xml-schema.ts; it is checked all the same, so
// that a malformed one is an error here rather than a crash while parsing.
// The wrappers below report a failed N-API call as a pending exception,
// which NothingPending() turns into the SDK's error.

bool ReadStrings(Napi::Value v, std::vector<std::string>& out) {
  if (!v.IsArray()) return false;
  Napi::Array a = v.As<Napi::Array>();
  uint32_t n = a.Length();
  out.clear();
  out.reserve(n);
  for (uint32_t i = 0; i < n; i++) {
    Napi::Value e = a.Get(i);
    if (!e.IsString()) return false;
    out.push_back(e.As<Napi::String>().Utf8Value());
  }
  return true;
}

bool ReadInt32Array(Napi::Value v, std::vector<int32_t>& out) {
  if (!v.IsArray()) return false;
  Napi::Array a = v.As<Napi::Array>();
  uint32_t n = a.Length();
  out.resize(n);
  for (uint32_t i = 0; i < n; i++) {
    Napi::Value e = a.Get(i);
    if (!e.IsNumber()) return false;
    out[i] = e.As<Napi::Number>().Int32Value();
  }
  return true;
}

Napi::Value BadSchema(Napi::Env env, const char* what) {
  if (!NothingPending(env, "loadSchema")) return Napi::Value();
  return ThrowError(env, std::string("loadSchema: ") + what);
}

// loadSchema(tags: string[], enums: string[][], types: [tag, listTag, members: number[]][])
// where members is a flat list of [tag, kind, target, itemTag, rel] records.
Napi::Value LoadSchema(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 3 || !info[0].IsArray() || !info[1].IsArray() || !info[2].IsArray()) {
    return BadSchema(env, "expects three arrays (tags, enums, types)");
  }
  Schema s;
  if (!ReadStrings(info[0], s.tags)) return BadSchema(env, "the tags must be strings");
  for (size_t i = 0; i < s.tags.size(); i++) s.tagIds.emplace(std::string_view(s.tags[i]), int32_t(i));

  Napi::Array enums = info[1].As<Napi::Array>();
  s.enums.resize(enums.Length());
  s.enumIds.resize(enums.Length());
  for (uint32_t i = 0; i < enums.Length(); i++) {
    if (!ReadStrings(enums.Get(i), s.enums[i])) return BadSchema(env, "the enum values must be strings");
    for (size_t j = 0; j < s.enums[i].size(); j++) s.enumIds[i].emplace(std::string_view(s.enums[i][j]), int32_t(j));
  }

  const size_t ntags = s.tags.size();
  s.roots.assign(ntags, -1);
  Napi::Array types = info[2].As<Napi::Array>();
  const uint32_t ntypes = types.Length();
  s.types.resize(ntypes);
  std::vector<int32_t> flat;
  for (uint32_t i = 0; i < ntypes; i++) {
    Napi::Value t = types.Get(i);
    if (!t.IsArray() || t.As<Napi::Array>().Length() < 3) return BadSchema(env, "malformed type table");
    Napi::Array row = t.As<Napi::Array>();
    StructType& st = s.types[i];
    Napi::Value tag = row.Get(uint32_t(0));
    Napi::Value listTag = row.Get(uint32_t(1));
    if (!tag.IsNumber() || !listTag.IsNumber()) return BadSchema(env, "malformed type table");
    st.tag = tag.As<Napi::Number>().Int32Value();
    st.listTag = listTag.As<Napi::Number>().Int32Value();
    if (!ReadInt32Array(row.Get(uint32_t(2)), flat) || flat.size() % 5 != 0) {
      return BadSchema(env, "malformed member table");
    }
    st.byTag.assign(ntags, 0);
    st.byRel.assign(ntags, 0);
    for (size_t k = 0; k < flat.size(); k += 5) {
      Member m{flat[k], flat[k + 1], flat[k + 2], flat[k + 3], flat[k + 4]};
      if (st.members.size() >= 0xFFFF) return BadSchema(env, "too many members in one type");
      uint16_t index = uint16_t(st.members.size() + 1);
      if (m.tag < 0 || size_t(m.tag) >= ntags) return BadSchema(env, "member tag out of range");
      int32_t kind = m.kind & KIND_MASK;
      if (kind == KIND_STRUCT && (m.target < 0 || uint32_t(m.target) >= ntypes)) {
        return BadSchema(env, "member type out of range");
      }
      if (kind == KIND_ENUM && (m.target < 0 || size_t(m.target) >= s.enums.size())) {
        return BadSchema(env, "member enum out of range");
      }
      if (st.byTag[m.tag] == 0) st.byTag[m.tag] = index;
      if (m.rel >= 0 && size_t(m.rel) < ntags) st.byRel[m.rel] = index;
      st.members.push_back(m);
    }
    if (st.tag >= 0 && size_t(st.tag) < ntags && s.roots[st.tag] < 0) s.roots[st.tag] = int32_t(i) << 1;
    if (st.listTag >= 0 && size_t(st.listTag) < ntags && s.roots[st.listTag] < 0)
      s.roots[st.listTag] = (int32_t(i) << 1) | 1;
  }
  if (!NothingPending(env, "loadSchema")) return Napi::Value();
  s.linkTag = s.tagId("link");
  s.relTag = s.tagId("rel");
  s.hrefTag = s.tagId("href");
  AddonData& data = Data(env);
  data.schema = std::move(s);
  // Moving the vectors keeps their elements in place, so the string_view
  // keys of tagIds and enumIds stay valid.
  return env.Undefined();
}

}  // namespace

// A failed N-API call in the wrappers below leaves a pending exception, and
// `require()` of the addon throws it; nothing here uses a value a failed
// call did not set.
Napi::Object Init(Napi::Env env, Napi::Object exports) {
  xmlInitParser();
  env.SetInstanceData(new AddonData());
  exports.Set("configure", Napi::Function::New(env, Configure, "configure"));
  exports.Set("loadSchema", Napi::Function::New(env, LoadSchema, "loadSchema"));
  exports.Set("libxmlVersion", Napi::String::New(env, LIBXML_DOTTED_VERSION));
  exports.Set("libxmlRuntimeVersion", Napi::String::New(env, xmlParserVersion));
  InitReader(env, exports);
  InitWriter(env, exports);
  return exports;
}

}  // namespace ovirt

static Napi::Object InitModule(Napi::Env env, Napi::Object exports) { return ovirt::Init(env, exports); }

NODE_API_MODULE(ovirt_xml, InitModule)
