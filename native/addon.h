// Per-environment state of the addon (worker threads each get their own),
// and what the reader and the writer share: errors, N-API checks, UTF-8.
#pragma once

#include <napi.h>

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>

#include "schema.h"

namespace ovirt {

struct AddonData {
  Schema schema;
  // JS function (message, line, column, code) -> Error instance, handed over
  // by lib/native.ts so errors thrown here are real SDK errors.
  Napi::FunctionReference makeError;
};

inline AddonData& Data(Napi::Env env) { return *env.GetInstanceData<AddonData>(); }

// Throws an SDK error built by the JS factory (an XmlError). A JS exception
// already pending is dropped first, so that exactly one SDK error reaches
// the caller. Falls back to a plain Error when the factory is not configured
// yet or cannot be called. Returns an empty value for convenience:
// `return ThrowError(env, ...);`.
Napi::Value ThrowError(Napi::Env env, const std::string& message, int line = 0, int column = 0,
                       int code = 0);

// Every N-API call's status is checked. Check() returns true for napi_ok;
// otherwise it throws an SDK error saying what could not be done (`what`)
// and why (N-API's message, or the message of the JS exception the failed
// call left pending), and returns false: the caller returns at once, and
// never uses the value the call did not set.
bool Check(napi_env env, napi_status status, const char* what);

// The data and element count of a typed array argument, which must be one
// of `types` (`expected` names them in the error, as in "render(): ops must
// be an Int32Array"); false after throwing.
bool TypedArrayArg(napi_env env, napi_value value, const char* what, std::initializer_list<napi_typedarray_type> types,
                   const char* expected, void*& data, size_t& length);

// For the node-addon-api wrappers (Napi::Value::As<>, Get, ...): with C++
// exceptions disabled they report a failed N-API call as a pending plain JS
// exception and return an empty value. True when nothing is pending;
// otherwise the pending exception becomes an SDK error as in Check().
bool NothingPending(Napi::Env env, const char* what);

// The most UTF-16 code units a V8 string holds on 64-bit platforms
// (v8::String::kMaxLength, = require('buffer').constants.MAX_STRING_LENGTH):
// creating a longer string fails.
constexpr size_t kMaxStringLength = (size_t(1) << 29) - 24;

// Number of UTF-16 code units in valid UTF-8.
inline size_t Utf16Length(const char* s, size_t n) {
  size_t i = 0;
  // Fast path: eight ASCII bytes at a time.
  while (i + 8 <= n) {
    uint64_t w;
    std::memcpy(&w, s + i, 8);
    if (w & 0x8080808080808080ull) break;
    i += 8;
  }
  size_t units = i;
  for (; i < n; i++) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80) units++;  // not a continuation byte
    if (c >= 0xF0) units++;           // four-byte sequence: surrogate pair
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

// Reader and writer entry points (xml_reader.cc, xml_writer.cc).
void InitReader(Napi::Env env, Napi::Object exports);
void InitWriter(Napi::Env env, Napi::Object exports);

}  // namespace ovirt
