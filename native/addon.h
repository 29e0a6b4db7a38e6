// Per-environment state of the addon (worker threads each get their own).
#pragma once

#include <napi.h>

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

// Throws an SDK error built by the JS factory (falls back to a plain Error
// when the factory is not configured yet). Returns an empty value for
// convenience: `return ThrowError(env, ...);`.
Napi::Value ThrowError(Napi::Env env, const std::string& message, int line = 0, int column = 0,
                       int code = 0);

// Reader and writer entry points (xml_reader.cc, xml_writer.cc).
void InitReader(Napi::Env env, Napi::Object exports);
void InitWriter(Napi::Env env, Napi::Object exports);

}  // namespace ovirt
