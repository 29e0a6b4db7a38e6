// Module entry: configuration (error factory, schema) and version info.
#include "addon.h"

#include <libxml/parser.h>
#include <libxml/xmlversion.h>

namespace ovirt {

Napi::Value ThrowError(Napi::Env env, const std::string& message, int line, int column, int code) {
  AddonData& data = Data(env);
  if (!data.makeError.IsEmpty()) {
    Napi::Value err = data.makeError.Call({Napi::String::New(env, message), Napi::Number::New(env, line),
                                           Napi::Number::New(env, column), Napi::Number::New(env, code)});
    if (!env.IsExceptionPending()) {
      napi_throw(env, err);
    }
  } else {
    Napi::Error::New(env, message).ThrowAsJavaScriptException();
  }
  return Napi::Value();
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
  return env.Undefined();
}

bool ReadInt32Array(Napi::Env env, Napi::Value v, std::vector<int32_t>& out) {
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

// loadSchema(tags: string[], enums: string[][], types: [tag, listTag, members: number[]][])
// where members is a flat list of [tag, kind, target, itemTag, rel] records.
Napi::Value LoadSchema(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 3 || !info[0].IsArray() || !info[1].IsArray() || !info[2].IsArray()) {
    Napi::TypeError::New(env, "loadSchema(tags, enums, types) expects three arrays").ThrowAsJavaScriptException();
    return Napi::Value();
  }
  Schema s;
  Napi::Array tags = info[0].As<Napi::Array>();
  s.tags.reserve(tags.Length());
  for (uint32_t i = 0; i < tags.Length(); i++) s.tags.push_back(tags.Get(i).As<Napi::String>().Utf8Value());
  for (size_t i = 0; i < s.tags.size(); i++) s.tagIds.emplace(std::string_view(s.tags[i]), int32_t(i));

  Napi::Array enums = info[1].As<Napi::Array>();
  s.enums.resize(enums.Length());
  s.enumIds.resize(enums.Length());
  for (uint32_t i = 0; i < enums.Length(); i++) {
    Napi::Array values = enums.Get(i).As<Napi::Array>();
    for (uint32_t j = 0; j < values.Length(); j++) s.enums[i].push_back(values.Get(j).As<Napi::String>().Utf8Value());
    for (size_t j = 0; j < s.enums[i].size(); j++) s.enumIds[i].emplace(std::string_view(s.enums[i][j]), int32_t(j));
  }

  const size_t ntags = s.tags.size();
  s.roots.assign(ntags, -1);
  Napi::Array types = info[2].As<Napi::Array>();
  s.types.resize(types.Length());
  std::vector<int32_t> flat;
  for (uint32_t i = 0; i < types.Length(); i++) {
    Napi::Array t = types.Get(i).As<Napi::Array>();
    StructType& st = s.types[i];
    st.tag = t.Get(uint32_t(0)).As<Napi::Number>().Int32Value();
    st.listTag = t.Get(uint32_t(1)).As<Napi::Number>().Int32Value();
    if (!ReadInt32Array(env, t.Get(uint32_t(2)), flat) || flat.size() % 5 != 0) {
      Napi::TypeError::New(env, "loadSchema: malformed member table").ThrowAsJavaScriptException();
      return Napi::Value();
    }
    st.byTag.assign(ntags, 0);
    st.byRel.assign(ntags, 0);
    for (size_t k = 0; k < flat.size(); k += 5) {
      Member m{flat[k], flat[k + 1], flat[k + 2], flat[k + 3], flat[k + 4]};
      uint16_t index = uint16_t(st.members.size() + 1);
      if (m.tag < 0 || size_t(m.tag) >= ntags) {
        Napi::RangeError::New(env, "loadSchema: member tag out of range").ThrowAsJavaScriptException();
        return Napi::Value();
      }
      if (st.byTag[m.tag] == 0) st.byTag[m.tag] = index;
      if (m.rel >= 0 && size_t(m.rel) < ntags) st.byRel[m.rel] = index;
      st.members.push_back(m);
    }
    if (st.tag >= 0 && size_t(st.tag) < ntags && s.roots[st.tag] < 0) s.roots[st.tag] = int32_t(i) << 1;
    if (st.listTag >= 0 && size_t(st.listTag) < ntags && s.roots[st.listTag] < 0)
      s.roots[st.listTag] = (int32_t(i) << 1) | 1;
  }
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
