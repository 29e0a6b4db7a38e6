// XML reader: libxml2's SAX2 push parser driven by the generated schema.
//
// The parser does not build a tree and does not create JS values per node.
// It writes a compact tape that the generated JS readers (lib/generated/readers.ts)
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
#include <libxml/xmlversion.h>

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include <pthread.h>

#include "addon.h"

namespace ovirt {
namespace {

// ---- Limits ----
//
// A flush hands the ready part of the tape to JS, its text as one string, so
// the text of a flush must fit in a V8 string (kMaxStringLength). Two limits
// make sure it does, whatever the document and however it is chunked:
//  - kFlushText: once this much text is ready, Feed() stops handing libxml2
//    more bytes and flushes (as it does after kFlushOps ops);
//  - maxText_ (at most kMaxTextBytes, ReadOptions.maxTextBytes): the text of
//    one top-level object (a list item, or the root object) may not exceed
//    it; the value that goes past it is refused with an XmlError naming its
//    element.
// At a flush the ready text is then at most: what was ready before the last
// slice (< kFlushText), the object in progress when that slice began
// (<= maxText_), the objects the slice's bytes completed (<= 4 * kSlice: text
// never takes more than 3 UTF-8 bytes per byte of markup) and one object
// whose start tag libxml2 held back until its '>' arrived (<= maxText_).
constexpr size_t kSlice = 256 * 1024;          // bytes handed to libxml2 per call
constexpr size_t kFlushOps = 1 << 18;          // flush once this many ops are ready
constexpr size_t kFlushText = size_t(8) << 20; // ... or this many bytes of text
constexpr size_t kMaxTextBytes = size_t(240) << 20;
static_assert(kFlushText + 2 * kMaxTextBytes + 4 * kSlice <= kMaxStringLength,
              "the text of one flush must fit in a JavaScript string");
// start(): the worker hands libxml2 this many bytes at a time, and queues
// the ready part of the tape once it holds this much text or this many ops,
// with at most kSegments parts waiting. A part's text is larger than what
// V8 allocates in its young generation: every object read from it survives
// until the document ends, and the scavenger would copy a young string
// twice (64 KiB parts made the GC of vms-10000 ~40% dearer).
constexpr size_t kThreadSlice = 64 * 1024;
constexpr size_t kSegmentText = 512 * 1024;
constexpr size_t kSegmentOps = 1 << 17;
constexpr size_t kSegments = 4;
// Non-string values (numbers, booleans, dates, enums) are short: their text,
// whitespace included, may not exceed this many bytes.
constexpr size_t kMaxScalarBytes = 4096;
// Buffers that grew past this are freed when the next document starts, so a
// pooled parser does not keep the memory of the largest document it read.
constexpr size_t kKeepBytes = size_t(1) << 20;
constexpr size_t kInitialOps = 1 << 14;
constexpr size_t kInitialNums = 1 << 12;
// What a libxml2 parser context holds (measured: about 15 KB), for the
// external memory reported to V8.
constexpr int64_t kContextBytes = 16 * 1024;
constexpr double kMaxSafeInteger = 9007199254740991.0;
// The farthest a JS Date reaches from the epoch, in milliseconds.
constexpr double kMaxDateMillis = 8.64e15;

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

inline const char* Str(const xmlChar* s) { return reinterpret_cast<const char*>(s); }

// The error argument of libxml2's structured error handlers: `xmlErrorPtr`
// before 2.12, `const xmlError*` since.
template <typename>
struct SecondArgument;
template <typename R, typename A, typename B>
struct SecondArgument<R (*)(A, B)> {
  using type = B;
};
using XmlErrorArg = SecondArgument<xmlStructuredErrorFunc>::type;

// Days from 1970-01-01 to y-m-d of the proleptic Gregorian calendar.
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

inline bool IsLeapYear(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int64_t y, int m) {
  static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeapYear(y) ? 29 : kDays[m - 1];
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
// The year has 4 to 6 digits and an optional '-' (year 0 is 1 BC, as in XML
// Schema 1.1 and JS); the day must exist in its month, hours are 0-23,
// minutes and seconds 0-59, a zone at most 14:00 away; and the result must
// be a time a JS Date holds. lib/xml/date.ts parses the same grammar for the
// writer and the constructors.
bool ParseDate(std::string_view s, double& out) {
  size_t i = 0;
  bool neg = false;
  if (i < s.size() && s[i] == '-') {
    neg = true;
    i++;
  }
  int month, day, hour = 0, minute = 0, second = 0;
  size_t ys = i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') i++;
  if (i - ys < 4 || i - ys > 6) return false;
  int64_t year = 0;
  for (size_t k = ys; k < i; k++) year = year * 10 + (s[k] - '0');
  if (neg) year = -year;
  if (i >= s.size() || s[i++] != '-' || !ParseDigits(s, i, 2, month)) return false;
  if (i >= s.size() || s[i++] != '-' || !ParseDigits(s, i, 2, day)) return false;
  if (month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) return false;
  int millis = 0;
  if (i < s.size() && s[i] == 'T') {
    i++;
    if (!ParseDigits(s, i, 2, hour)) return false;
    if (i >= s.size() || s[i++] != ':' || !ParseDigits(s, i, 2, minute)) return false;
    if (i >= s.size() || s[i++] != ':' || !ParseDigits(s, i, 2, second)) return false;
    if (hour > 23 || minute > 59 || second > 59) return false;
    if (i < s.size() && s[i] == '.') {
      // Milliseconds: the first three digits; the rest are dropped.
      i++;
      size_t fs = i;
      int scale = 100;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        millis += (s[i] - '0') * scale;
        scale /= 10;
        i++;
      }
      if (i == fs) return false;
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
      if (oh > 14 || om > 59 || (oh == 14 && om > 0)) return false;
      offset = sign * (oh * 60 + om);
    } else {
      return false;
    }
  }
  if (i != s.size()) return false;
  double days = double(DaysFromCivil(year, unsigned(month), unsigned(day)));
  double ms = ((days * 24 + hour) * 60 + minute - offset) * 60000.0 + second * 1000.0 + millis;
  if (!(std::fabs(ms) <= kMaxDateMillis)) return false;
  out = ms;
  return true;
}

// libxml2 reports some errors (undecodable bytes, I/O) through its global,
// per-thread error handlers, which print to stderr by default. While a
// parser works, they are routed into that parser's error: set on entry,
// restored on exit, so other users of libxml2 in the process are unaffected.
class GlobalErrorRoute {
 public:
  GlobalErrorRoute(void* parser, xmlStructuredErrorFunc structured, xmlGenericErrorFunc generic)
      : structured_(xmlStructuredError),
        structuredContext_(xmlStructuredErrorContext),
        generic_(xmlGenericError),
        genericContext_(xmlGenericErrorContext) {
    xmlSetStructuredErrorFunc(parser, structured);
    xmlSetGenericErrorFunc(parser, generic);
  }
  ~GlobalErrorRoute() {
    xmlSetStructuredErrorFunc(structuredContext_, structured_);
    xmlSetGenericErrorFunc(genericContext_, generic_);
  }
  GlobalErrorRoute(const GlobalErrorRoute&) = delete;
  GlobalErrorRoute& operator=(const GlobalErrorRoute&) = delete;

 private:
  xmlStructuredErrorFunc structured_;
  void* structuredContext_;
  xmlGenericErrorFunc generic_;
  void* genericContext_;
};

// One parser reads one document at a time and is reused for the next
// (lib/xml/reader.ts keeps a small pool of them):
//   begin(isString, maxDepth, maxTextBytes)  starts a document
//   feed(data, offset, length, last)         parses bytes, returns ready text
//   reset()    drops the document in progress (after an error, or when the
//              reader stops early)
//   release()  frees the native memory now rather than when the parser is
//              garbage-collected (a parser that leaves the pool)
// The parser tells V8 how much native memory it holds
// (napi_adjust_external_memory), so that many parsers alive at once make
// the garbage collector run.
class Parser : public Napi::ObjectWrap<Parser> {
 public:
  static Napi::Function Define(Napi::Env env) {
    return DefineClass(env, "Parser",
                       {
                           InstanceMethod<&Parser::Begin>("begin"),
                           InstanceMethod<&Parser::Feed>("feed"),
                           InstanceMethod<&Parser::StartThread>("start"),
                           InstanceMethod<&Parser::Next>("next"),
                           InstanceMethod<&Parser::Reset>("reset"),
                           InstanceMethod<&Parser::Release>("release"),
                           InstanceAccessor<&Parser::GetOps>("ops"),
                           InstanceAccessor<&Parser::GetNums>("nums"),
                           InstanceAccessor<&Parser::GetState>("state"),
                       });
  }

  // new Parser(): the JS arrays of the tape are made at the first flush.
  explicit Parser(const Napi::CallbackInfo& info) : Napi::ObjectWrap<Parser>(info), schema_(&Data(info.Env()).schema) {
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
    pthread_mutex_init(&mutex_, nullptr);
    pthread_cond_init(&changed_, nullptr);
  }

  ~Parser() override {
    Cancel(Env());
    Close();
    if (reported_ != 0) {
      int64_t total;
      napi_adjust_external_memory(Env(), -reported_, &total);  // nothing to do if it fails
    }
    pthread_cond_destroy(&changed_);
    pthread_mutex_destroy(&mutex_);
  }

 private:
  // begin(isString: boolean, maxDepth: number, maxTextBytes: number)
  // isString: the bytes are a JS string's UTF-8 (no encoding detection, the
  // declaration's encoding ignored); otherwise the encoding is detected from
  // the BOM, the first bytes (UTF-16 without a BOM) and the declaration.
  Napi::Value Begin(const Napi::CallbackInfo& info) {
    napi_env env = info.Env();
    if (!schema_->loaded()) return ThrowError(info.Env(), "XML schema is not loaded");
    bool isString = false;
    int32_t maxDepth = 0;
    double maxText = 0;
    if (info.Length() < 3 || !Check(env, napi_get_value_bool(env, info[0], &isString), "begin(): isString") ||
        !Check(env, napi_get_value_int32(env, info[1], &maxDepth), "begin(): maxDepth") ||
        !Check(env, napi_get_value_double(env, info[2], &maxText), "begin(): maxTextBytes")) {
      if (info.Length() < 3) return ThrowError(info.Env(), "begin(isString, maxDepth, maxTextBytes)");
      return Napi::Value();
    }
    if (maxDepth < 1 || !(maxText >= 1)) return ThrowError(info.Env(), "begin(): the limits must be positive");
    Cancel(env);
    maxDepth_ = maxDepth;
    maxText_ = maxText >= double(kMaxTextBytes) ? kMaxTextBytes : size_t(maxText);
    Open(isString);
    // A string's bytes need no detection: libxml2 starts at once. Bytes wait
    // for the first four (Feed()).
    bool started = !isString || Start(nullptr, 0);
    Account(env);
    if (!started) return StartFailed(env);
    return info.Env().Undefined();
  }

  // feed(data: Uint8Array, offset, length, last) -> string
  // Parses up to `length` bytes at `offset` (it may stop early to hand over
  // a full tape; state[0] says how many bytes it took). Returns the text of
  // the ready part of the tape; state holds:
  //   [0] bytes consumed, [1] ready top-level items, [2] root type id,
  //   [3] 1 if the root is a list, [4] 1 when the document is complete,
  //   [5] ready ops, [6] ready nums
  Napi::Value Feed(const Napi::CallbackInfo& info) {
    napi_env env = info.Env();
    if (threadRunning_) return ThrowError(info.Env(), "internal error: feed() while start() parses");
    if (!busy_) return ThrowError(info.Env(), "internal error: feed() without begin()");
    if (info.Length() < 4) return ThrowError(info.Env(), "feed(data, offset, length, last)");
    const char* bytes = nullptr;
    size_t byteLength = 0;
    if (!BytesOf(env, info[0], "feed(): data", bytes, byteLength)) return Napi::Value();
    int64_t offset = 0, length = 0;
    bool last = false;
    if (!Check(env, napi_get_value_int64(env, info[1], &offset), "feed(): offset") ||
        !Check(env, napi_get_value_int64(env, info[2], &length), "feed(): length") ||
        !Check(env, napi_get_value_bool(env, info[3], &last), "feed(): last")) {
      return Napi::Value();
    }
    if (offset < 0 || length < 0 || uint64_t(offset) > byteLength || uint64_t(length) > byteLength - uint64_t(offset)) {
      return ThrowError(info.Env(), "feed(): range outside the data");
    }

    size_t consumed = 0;
    bool finished = false;
    switch (Parse(bytes + offset, size_t(length), last, kSlice, consumed, finished)) {
      case Step::kReady:
        return Ready(env, consumed, finished);
      case Step::kFailed:
        return Fail(env);
      case Step::kStartFailed:
        return StartFailed(env);
    }
    return Napi::Value();
  }

  enum class Step { kReady, kFailed, kStartFailed };

  // The bytes of a Uint8Array argument; false after throwing.
  static bool BytesOf(napi_env env, napi_value value, const char* what, const char*& bytes, size_t& length) {
    void* data = nullptr;
    if (!TypedArrayArg(env, value, what, {napi_uint8_array, napi_int8_array, napi_uint8_clamped_array}, "a Uint8Array",
                       data, length)) {
      return false;
    }
    bytes = static_cast<const char*>(data);
    return true;
  }

  // Parses up to `remaining` bytes at `p` in slices of `slice` bytes,
  // stopping early once a flush is due (`consumed` says how many it took);
  // `last`: they end the document. Touches no JS value, so the worker
  // thread of start() runs it as well as feed(). kFailed: error_ or the
  // context's last error says why.
  Step Parse(const char* p, size_t remaining, bool last, size_t slice, size_t& consumed, bool& finished) {
    GlobalErrorRoute route(this, &Parser::OnGlobalError, &Parser::OnGenericError);
    consumed = 0;
    finished = false;
    if (!started_) {
      // The document's first bytes decide its encoding: libxml2 gets them
      // when the context starts (see Start()).
      size_t take = std::min(remaining, kHeadBytes - head_.size());
      head_.append(p, take);
      p += take;
      remaining -= take;
      consumed += take;
      if (head_.size() < kHeadBytes && !last) return Step::kReady;
      if (!Start(head_.data(), head_.size())) return error_.empty() ? Step::kStartFailed : Step::kFailed;
    }
    do {
      size_t n = std::min(remaining, slice);
      bool terminate = last && n == remaining;
      int rc = xmlParseChunk(ctxt_, n > 0 ? p : nullptr, int(n), terminate ? 1 : 0);
      p += n;
      remaining -= n;
      consumed += n;
      if (!error_.empty() || rc != 0 || ctxt_->wellFormed == 0) return Step::kFailed;
      if (terminate) {
        finished = true;
        break;
      }
    } while (remaining > 0 && readyOps_ < kFlushOps && readyText_ < kFlushText);

    if (finished && !complete_) {
      error_ = "the document ended before its root element was closed";
      return Step::kFailed;
    }
    if (finished && UndecodedBytes() > 0) {
      // libxml2 keeps bytes that do not make a whole character (the odd
      // byte of UTF-16) waiting for more, and ignores them at the end.
      error_ = "the document ends with " + std::to_string(UndecodedBytes()) +
               " byte(s) that do not make a whole character of its encoding";
      return Step::kFailed;
    }
    if (readyOps_ > INT32_MAX || readyNums_ > INT32_MAX) {
      error_ = "one object of the document holds too many values";
      return Step::kFailed;
    }
    return Step::kReady;
  }

  // Hands the ready part of the tape over: the state, the JS arrays and the
  // returned text.
  Napi::Value Ready(napi_env env, size_t consumed, bool finished) {
    int32_t* state =
        static_cast<int32_t*>(TypedArray(env, stateArray_, napi_int32_array, sizeof(int32_t), 8, 8, stateLength_));
    if (state == nullptr) return Abandon(env);
    state[0] = int32_t(consumed);
    state[4] = finished ? 1 : 0;
    napi_value text = Flush(env, state);
    if (text == nullptr) return Abandon(env);
    if (finished) busy_ = false;  // the context is kept for the next document
    Account(env);
    return Napi::Value(env, text);
  }

  Napi::Value Reset(const Napi::CallbackInfo& info) {
    Cancel(info.Env());
    Close();
    Account(info.Env());
    return info.Env().Undefined();
  }

  Napi::Value Release(const Napi::CallbackInfo& info) {
    Cancel(info.Env());
    Close();
    segments_.clear();
    spare_.clear();
    queued_.clear();
    std::vector<int32_t>().swap(ops_);
    std::vector<double>().swap(nums_);
    std::string().swap(text_);
    std::string().swap(scratch_);
    std::vector<Frame>().swap(frames_);
    opsArray_.Reset();
    numsArray_.Reset();
    stateArray_.Reset();
    opsLength_ = numsLength_ = stateLength_ = 0;
    Account(info.Env());
    return info.Env().Undefined();
  }

  Napi::Value GetOps(const Napi::CallbackInfo& info) { return ValueOf(info.Env(), opsArray_); }
  Napi::Value GetNums(const Napi::CallbackInfo& info) { return ValueOf(info.Env(), numsArray_); }
  Napi::Value GetState(const Napi::CallbackInfo& info) { return ValueOf(info.Env(), stateArray_); }

  static Napi::Value ValueOf(Napi::Env env, Napi::ObjectReference& ref) {
    if (ref.IsEmpty()) return env.Undefined();
    napi_value value;
    if (!Check(env, napi_get_reference_value(env, ref, &value), "cannot read the tape")) return Napi::Value();
    return Napi::Value(env, value);
  }

  // The typed array `ref` holds, replaced by a larger one when it has fewer
  // than `count` elements (at least `initial`, doubling). Returns its data,
  // or nullptr after throwing.
  // `length` is the array's length, kept up to date here.
  static void* TypedArray(napi_env env, Napi::ObjectReference& ref, napi_typedarray_type type, size_t elementSize,
                          size_t count, size_t initial, size_t& length) {
    size_t capacity = initial;
    if (!ref.IsEmpty()) {
      napi_value value;
      napi_typedarray_type t;
      void* data = nullptr;
      napi_value arrayBuffer;
      size_t byteOffset;
      if (!Check(env, napi_get_reference_value(env, ref, &value), "cannot read the tape") ||
          !Check(env, napi_get_typedarray_info(env, value, &t, &length, &data, &arrayBuffer, &byteOffset),
                 "cannot read the tape")) {
        return nullptr;
      }
      if (length >= count && data != nullptr) return data;
      capacity = std::max(capacity, length);
    }
    while (capacity < count) capacity *= 2;
    void* data = nullptr;
    napi_value arrayBuffer, array;
    napi_ref created;
    if (!Check(env, napi_create_arraybuffer(env, capacity * elementSize, &data, &arrayBuffer),
               "cannot allocate the tape") ||
        !Check(env, napi_create_typedarray(env, type, capacity, arrayBuffer, 0, &array), "cannot allocate the tape") ||
        !Check(env, napi_create_reference(env, array, 1, &created), "cannot allocate the tape")) {
      return nullptr;
    }
    ref = Napi::ObjectReference(env, created);
    length = capacity;
    return data;
  }

  // Starts a document: the tape is emptied; libxml2 starts with Start().
  void Open(bool isString) {
    TrimBuffers();
    if (ctxt_ != nullptr && ctxtIsString_ != isString) Close();
    isString_ = isString;
    busy_ = true;
    started_ = false;
    head_.clear();
    frames_.clear();
    frames_.reserve(size_t(std::min(maxDepth_, 256)) + 1);
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
    itemName_ = nullptr;
    error_.clear();
    errorLine_ = errorColumn_ = errorCode_ = 0;
  }

  // Starts libxml2 on the document, handing it the document's first bytes
  // (`head`, at least four unless the document is shorter; none for a
  // string): libxml2 detects the encoding from them (a BOM, UTF-16 without
  // one) and decodes everything after as it arrives. Given no bytes at the
  // start, libxml2 2.9 would guess the encoding later, from the first bytes
  // of whatever was pushed, and then decode only the first line of a
  // document pushed in one piece: an XML declaration longer than that
  // failed, depending on how the bytes came (read and stream disagreed).
  //
  // The libxml2 context of the previous document is reset and reused when
  // it ended well (a context costs more to create than a small document
  // costs to parse); its name dictionary, and so the tag cache keyed by its
  // pointers, stay valid across resets. False on failure.
  bool Start(const char* head, size_t n) {
    GlobalErrorRoute route(this, &Parser::OnGlobalError, &Parser::OnGenericError);
    if (ctxt_ != nullptr && xmlDictSize(ctxt_->dict) < kMaxDictNames) {
      if (xmlCtxtResetPush(ctxt_, head, int(n), nullptr, nullptr) != 0) Close();
    } else {
      Close();
    }
    if (ctxt_ == nullptr) {
      ctxt_ = xmlCreatePushParserCtxt(&sax_, this, head, int(n), nullptr);
      if (ctxt_ == nullptr) return false;
      int options = XML_PARSE_NONET | XML_PARSE_NOWARNING;
      if (isString_) options |= XML_PARSE_IGNORE_ENC;
      xmlCtxtUseOptions(ctxt_, options);
      ctxt_->replaceEntities = 0;
      ctxtIsString_ = isString_;
      std::memset(tagCache_, 0, sizeof(tagCache_));
      tagCacheUsed_ = 0;
    }
    if (isString_) xmlSwitchEncoding(ctxt_, XML_CHAR_ENCODING_UTF8);
    busy_ = started_ = true;
    return error_.empty();
  }

  Napi::Value StartFailed(napi_env env) {
    if (!error_.empty()) return Fail(env);
    Abandon(env);
    return ThrowError(Napi::Env(env), "cannot create the libxml2 parser context");
  }

  // Input bytes the decoder has not turned into characters yet.
  size_t UndecodedBytes() const {
    if (ctxt_ == nullptr || ctxt_->input == nullptr || ctxt_->input->buf == nullptr) return 0;
    xmlParserInputBufferPtr in = ctxt_->input->buf;
    return in->encoder != nullptr && in->raw != nullptr ? xmlBufUse(in->raw) : 0;
  }

  // Frees what the previous document made grow past kKeepBytes.
  void TrimBuffers() {
    if (ops_.capacity() * sizeof(int32_t) > kKeepBytes) std::vector<int32_t>().swap(ops_);
    if (nums_.capacity() * sizeof(double) > kKeepBytes) std::vector<double>().swap(nums_);
    if (text_.capacity() > kKeepBytes) std::string().swap(text_);
    spare_.clear();  // start() fills them again
    queued_.clear();
    for (auto& seg : segments_) {
      if (seg->ops.capacity() * sizeof(int32_t) + seg->nums.capacity() * sizeof(double) + seg->text.capacity() >
          kKeepBytes) {
        seg.reset(new Segment());
      }
    }
    if (opsLength_ * sizeof(int32_t) > kKeepBytes) {
      opsArray_.Reset();
      opsLength_ = 0;
    }
    if (numsLength_ * sizeof(double) > kKeepBytes) {
      numsArray_.Reset();
      numsLength_ = 0;
    }
  }

  void Close() {
    if (ctxt_ != nullptr) {
      GlobalErrorRoute route(this, &Parser::OnGlobalError, &Parser::OnGenericError);
      xmlFreeParserCtxt(ctxt_);
      ctxt_ = nullptr;
    }
    busy_ = started_ = false;
  }

  // Tells V8 how much native memory this parser holds now.
  void Account(napi_env env) {
    int64_t held = int64_t(ops_.capacity() * sizeof(int32_t) + nums_.capacity() * sizeof(double) +
                           text_.capacity() + scratch_.capacity() + frames_.capacity() * sizeof(Frame) +
                           SegmentBytes()) +
                   (ctxt_ != nullptr ? kContextBytes : 0);
    int64_t total;
    if (held != reported_ && napi_adjust_external_memory(env, held - reported_, &total) == napi_ok) reported_ = held;
  }

  // What the segments of start() hold (not while the worker runs).
  size_t SegmentBytes() const {
    size_t n = 0;
    for (const auto& seg : segments_) {
      n += sizeof(Segment) + seg->ops.capacity() * sizeof(int32_t) + seg->nums.capacity() * sizeof(double) +
           seg->text.capacity();
    }
    return n;
  }

  // Drops the document after an error was thrown (its tape is incomplete).
  Napi::Value Abandon(napi_env env) {
    Cancel(env);
    Close();
    ops_.clear();
    nums_.clear();
    text_.clear();
    Account(env);
    return Napi::Value();
  }

  Napi::Value Fail(napi_env env) {
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
    Abandon(env);
    return ThrowError(Napi::Env(env), message, line, column, code);
  }

  // Copies a ready tape to the JS arrays and returns its text (nullptr
  // after throwing); `state` gets its counts.
  napi_value Hand(napi_env env, int32_t* state, const int32_t* ops, size_t opCount, const double* nums,
                  size_t numCount, const char* text, size_t textBytes, bool ascii, size_t items) {
    int32_t* jsOps = static_cast<int32_t*>(
        TypedArray(env, opsArray_, napi_int32_array, sizeof(int32_t), opCount, kInitialOps, opsLength_));
    if (jsOps == nullptr) return nullptr;
    double* jsNums = static_cast<double*>(
        TypedArray(env, numsArray_, napi_float64_array, sizeof(double), numCount, kInitialNums, numsLength_));
    if (jsNums == nullptr) return nullptr;
    napi_value string;
    napi_status status = ascii ? napi_create_string_latin1(env, text, textBytes, &string)
                               : napi_create_string_utf8(env, text, textBytes, &string);
    if (!Check(env, status, ("cannot hand " + std::to_string(textBytes) + " bytes of text to JavaScript").c_str())) {
      return nullptr;
    }
    if (opCount > 0) std::memcpy(jsOps, ops, opCount * sizeof(int32_t));
    if (numCount > 0) std::memcpy(jsNums, nums, numCount * sizeof(double));
    state[1] = int32_t(items);
    state[2] = rootType_;
    state[3] = rootList_ ? 1 : 0;
    state[5] = int32_t(opCount);
    state[6] = int32_t(numCount);
    return string;
  }

  // Hands the ready part of the tape to JS (see Hand()) and keeps the rest.
  napi_value Flush(napi_env env, int32_t* state) {
    napi_value text = Hand(env, state, ops_.data(), readyOps_, nums_.data(), readyNums_, text_.data(), readyText_,
                           IsAscii(text_.data(), readyText_), readyItems_);
    if (text == nullptr) return nullptr;
    ops_.erase(ops_.begin(), ops_.begin() + readyOps_);
    nums_.erase(nums_.begin(), nums_.begin() + readyNums_);
    text_.erase(0, readyText_);
    ForgetReady();
    return text;
  }

  // The ready part of the tape is gone from the front of ops_, nums_ and
  // text_: the positions the item in progress keeps move with the rest.
  void ForgetReady() {
    for (Frame& f : frames_) {
      if (f.type == F_LIST && f.countPos >= 0) f.countPos -= int32_t(readyOps_);
      if (f.type == F_VALUE && f.kind == KIND_STRING) f.textStart -= readyText_;
    }
    readyOps_ = readyNums_ = readyText_ = 0;
    readyItems_ = 0;
  }

  // ---- start() and next(): the parse on a thread of its own ----
  //
  // start(data) parses all of `data` (the whole document, after begin()) on
  // a worker thread while JS decodes what is ready; next() waits for the
  // next ready part of the tape and hands it over as feed() does (state[4]
  // is 1 with the last part), or throws the document's error. The worker
  // moves ready parts into segments, at most kSegments of them waiting, so
  // it runs ahead of the decoding by a bounded amount. begin(), reset(),
  // release() and the destructor stop it and wait for it; nothing of V8 is
  // touched on the worker.

  struct Segment {
    std::vector<int32_t> ops;
    std::vector<double> nums;
    std::string text;
    bool ascii = true;
    size_t items = 0;
    bool finished = false;
  };

  // Moves the ready part of the tape into `seg` (its buffers are swapped
  // in, the rest is copied back: only the item in progress is copied).
  void TakeReady(Segment& seg) {
    seg.ops.swap(ops_);
    ops_.assign(seg.ops.begin() + readyOps_, seg.ops.end());
    seg.ops.resize(readyOps_);
    seg.nums.swap(nums_);
    nums_.assign(seg.nums.begin() + readyNums_, seg.nums.end());
    seg.nums.resize(readyNums_);
    seg.text.swap(text_);
    text_.assign(seg.text, readyText_, std::string::npos);
    seg.text.resize(readyText_);
    seg.ascii = IsAscii(seg.text.data(), seg.text.size());
    seg.items = readyItems_;
    ForgetReady();
  }

  // start(data: Uint8Array) -> boolean: false when no thread could be made
  // (the caller feeds the document instead).
  Napi::Value StartThread(const Napi::CallbackInfo& info) {
    napi_env env = info.Env();
    if (threadRunning_ || !busy_) return ThrowError(info.Env(), "internal error: start() needs begin() first");
    if (info.Length() < 1) return ThrowError(info.Env(), "start(data)");
    const char* bytes = nullptr;
    size_t length = 0;
    if (!BytesOf(env, info[0], "start(): data", bytes, length)) return Napi::Value();
    if (!Check(env, napi_create_reference(env, info[0], 1, &dataRef_), "start(): data")) return Napi::Value();
    if (segments_.empty()) {
      for (size_t i = 0; i < kSegments; i++) segments_.emplace_back(new Segment());
    }
    spare_.clear();
    for (auto& seg : segments_) spare_.push_back(seg.get());
    queued_.clear();
    workData_ = bytes;
    workLength_ = length;
    workerDone_ = false;
    workerStep_ = Step::kReady;
    cancel_ = false;
    if (pthread_create(&thread_, nullptr, &Parser::RunWorker, this) != 0) {
      DropDataRef(env);
      return Napi::Boolean::New(info.Env(), false);
    }
    threadRunning_ = true;
    return Napi::Boolean::New(info.Env(), true);
  }

  // next() -> string, as feed() returns.
  Napi::Value Next(const Napi::CallbackInfo& info) {
    napi_env env = info.Env();
    if (!threadRunning_) return ThrowError(info.Env(), "internal error: next() without start()");
    pthread_mutex_lock(&mutex_);
    while (queued_.empty() && !workerDone_) pthread_cond_wait(&changed_, &mutex_);
    Step step = workerStep_;
    Segment* seg = nullptr;
    if (step == Step::kReady && !queued_.empty()) {
      seg = queued_.front();
      queued_.pop_front();
    }
    pthread_mutex_unlock(&mutex_);
    if (seg == nullptr) {
      // The worker stopped at an error: the document is refused whole.
      Join(env);
      return step == Step::kStartFailed ? StartFailed(env) : Fail(env);
    }
    int32_t* state =
        static_cast<int32_t*>(TypedArray(env, stateArray_, napi_int32_array, sizeof(int32_t), 8, 8, stateLength_));
    napi_value text = nullptr;
    if (state != nullptr) {
      state[0] = seg->finished ? int32_t(std::min(workLength_, size_t(INT32_MAX))) : 0;
      state[4] = seg->finished ? 1 : 0;
      text = Hand(env, state, seg->ops.data(), seg->ops.size(), seg->nums.data(), seg->nums.size(), seg->text.data(),
                  seg->text.size(), seg->ascii, seg->items);
    }
    bool finished = seg->finished;
    pthread_mutex_lock(&mutex_);
    spare_.push_back(seg);
    pthread_cond_broadcast(&changed_);
    pthread_mutex_unlock(&mutex_);
    if (text == nullptr) return Abandon(env);
    if (finished) {
      Join(env);
      busy_ = false;
      Account(env);
    }
    return Napi::Value(env, text);
  }

  static void* RunWorker(void* self) {
    static_cast<Parser*>(self)->Work();
    return nullptr;
  }

  // The worker: parses the document slice by slice and queues each ready
  // part once it holds a segment's worth (or the document ended).
  void Work() {
    size_t offset = 0;
    for (;;) {
      size_t n = std::min(workLength_ - offset, kThreadSlice);
      bool last = offset + n == workLength_;
      size_t consumed = 0;
      bool finished = false;
      Step step = Parse(workData_ + offset, n, last, kThreadSlice, consumed, finished);
      offset += consumed;
      if (step != Step::kReady) return EndWork(step);
      if (finished || (readyItems_ > 0 && (readyText_ >= kSegmentText || readyOps_ >= kSegmentOps))) {
        pthread_mutex_lock(&mutex_);
        while (spare_.empty() && !cancel_) pthread_cond_wait(&changed_, &mutex_);
        Segment* seg = nullptr;
        if (!cancel_) {
          seg = spare_.back();
          spare_.pop_back();
        }
        pthread_mutex_unlock(&mutex_);
        if (seg == nullptr) return;  // cancelled
        TakeReady(*seg);
        seg->finished = finished;
        pthread_mutex_lock(&mutex_);
        queued_.push_back(seg);
        if (finished) workerDone_ = true;
        pthread_cond_broadcast(&changed_);
        pthread_mutex_unlock(&mutex_);
        if (finished) return;
      }
      pthread_mutex_lock(&mutex_);
      bool cancelled = cancel_;
      pthread_mutex_unlock(&mutex_);
      if (cancelled) return;
    }
  }

  void EndWork(Step step) {
    pthread_mutex_lock(&mutex_);
    workerStep_ = step;
    workerDone_ = true;
    pthread_cond_broadcast(&changed_);
    pthread_mutex_unlock(&mutex_);
  }

  void Join(napi_env env) {
    if (!threadRunning_) return;
    pthread_join(thread_, nullptr);
    threadRunning_ = false;
    DropDataRef(env);
  }

  // Stops the worker (it finishes the slice it is parsing) and waits for it.
  void Cancel(napi_env env) {
    if (!threadRunning_) return;
    pthread_mutex_lock(&mutex_);
    cancel_ = true;
    pthread_cond_broadcast(&changed_);
    pthread_mutex_unlock(&mutex_);
    Join(env);
  }

  void DropDataRef(napi_env env) {
    if (dataRef_ != nullptr) napi_delete_reference(env, dataRef_);  // nothing to do if it fails
    dataRef_ = nullptr;
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

  // Names a value in messages: its element, or the attribute of one.
  static std::string What(const xmlChar* element, const xmlChar* attribute) {
    if (attribute != nullptr) return std::string("the ") + Str(attribute) + " attribute of <" + Str(element) + ">";
    return std::string("the value of <") + Str(element) + ">";
  }

  // The text of the top-level object in progress (what is not ready yet)
  // went past maxText_: refused, naming the value that did it.
  bool TextTooLong(const xmlChar* element, const xmlChar* attribute) {
    SetError(What(element, attribute) + " is too long: the text of one <" +
             (itemName_ != nullptr ? Str(itemName_) : Str(element)) + "> may not exceed " +
             std::to_string(maxText_) + " bytes (maxTextBytes)");
    return false;
  }

  bool ScalarTooLong(const xmlChar* element, const xmlChar* attribute) {
    SetError(What(element, attribute) + " is too long (more than " + std::to_string(kMaxScalarBytes) + " bytes)");
    return false;
  }

  void StringPayload(size_t start) {
    ops_.push_back(int32_t(Utf16Length(text_.data() + start, text_.size() - start)));
  }

  // Appends text of the top-level object in progress; false (after an
  // error) when that object's text goes past maxText_.
  bool AppendText(const char* s, size_t n, const xmlChar* element, const xmlChar* attribute = nullptr) {
    text_.append(s, n);
    return text_.size() - readyText_ <= maxText_ || TextTooLong(element, attribute);
  }

  // Attribute values: without entity substitution libxml2 hands '&' over as
  // "&#38;" (so a tree could be saved unchanged); turn it back into '&'.
  bool AppendAttribute(const xmlChar* value, const xmlChar* end, const xmlChar* element, const xmlChar* attribute) {
    const char* s = Str(value);
    size_t n = size_t(end - value);
    const char* amp = static_cast<const char*>(std::memchr(s, '&', n));
    if (amp == nullptr) return AppendText(s, n, element, attribute);
    const char* e = s + n;
    while (s < e) {
      if (*s == '&' && e - s >= 5 && std::memcmp(s, "&#38;", 5) == 0) {
        text_.push_back('&');
        s += 5;
      } else {
        text_.push_back(*s++);
      }
    }
    return text_.size() - readyText_ <= maxText_ || TextTooLong(element, attribute);
  }

  // Emits the attributes of a struct element that are members of its type.
  void StructAttributes(const StructType& st, const xmlChar* element, int nb, const xmlChar** attrs) {
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
        if (!AppendAttribute(a[3], a[4], element, a[0])) return;
        StringPayload(start);
      } else {
        if (size_t(a[4] - a[3]) > kMaxScalarBytes) {
          ScalarTooLong(element, a[0]);
          return;
        }
        scratch_.assign(Str(a[3]), size_t(a[4] - a[3]));
        ops_.push_back(index);
        if (!EmitScalar(kind, m.target, scratch_, element, a[0])) return;
      }
    }
  }

  // Emits the payload of a non-string scalar, the value of `element` (or of
  // its `attribute`); false after an error.
  bool EmitScalar(int32_t kind, int32_t target, std::string_view raw, const xmlChar* element,
                  const xmlChar* attribute = nullptr) {
    std::string_view v = Trim(raw);
    switch (kind) {
      case KIND_BOOLEAN:
        // Like the Python SDK: true/false in any letter case, and 1/0.
        if (v == "1" || EqualsIgnoringCase(v, "true")) {
          ops_.push_back(1);
        } else if (v == "0" || EqualsIgnoringCase(v, "false")) {
          ops_.push_back(0);
        } else {
          return BadValue("boolean", raw, element, attribute);
        }
        return true;
      case KIND_INTEGER: {
        const char* b = v.data();
        const char* e = b + v.size();
        bool neg = false;
        if (b < e && (*b == '-' || *b == '+')) neg = *b++ == '-';
        if (b == e) return BadValue("integer", raw, element, attribute);
        double acc = 0;
        for (const char* c = b; c < e; c++) {
          if (*c < '0' || *c > '9') return BadValue("integer", raw, element, attribute);
          acc = acc * 10 + (*c - '0');
          if (acc > kMaxSafeInteger) {
            SetError("integer " + std::string(v) + " in " +
                     (attribute != nullptr ? What(element, attribute) : "<" + std::string(Str(element)) + ">") +
                     " is outside the range JavaScript numbers hold exactly (" +
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
          else return BadValue("decimal", raw, element, attribute);
        }
        nums_.push_back(d);
        return true;
      }
      case KIND_DATE: {
        double ms;
        if (!ParseDate(v, ms)) return BadValue("date", raw, element, attribute);
        nums_.push_back(ms);
        return true;
      }
      case KIND_ENUM: {
        int32_t id = schema_->enumId(target, v);
        if (id >= 0) {
          ops_.push_back(id);
        } else {
          // Unknown value (a newer engine): handed over as its raw text.
          ops_.push_back(-1);
          size_t start = text_.size();
          if (!AppendText(v.data(), v.size(), element, attribute)) return false;
          StringPayload(start);
        }
        return true;
      }
      default:
        return true;
    }
  }

  bool BadValue(const char* what, std::string_view raw, const xmlChar* element, const xmlChar* attribute) {
    std::string shown(raw.substr(0, 64));
    std::string where = attribute != nullptr ? What(element, attribute) : "<" + std::string(Str(element)) + ">";
    SetError("invalid " + std::string(what) + " value '" + shown + (raw.size() > 64 ? "...'" : "'") + " in " + where);
    return false;
  }

  void PushStruct(int32_t typeId, bool topItem, const xmlChar* name, int nb, const xmlChar** attrs) {
    if (topItem) itemName_ = name;
    frames_.push_back(Frame{F_STRUCT, topItem, typeId, KIND_STRUCT, 0, typeId, -1, -1, 0, 0, name});
    StructAttributes(schema_->types[typeId], name, nb, attrs);
  }

  void PushValue(int32_t op, int32_t kind, int32_t target, const xmlChar* name) {
    size_t start = (kind & KIND_MASK) == KIND_STRING ? text_.size() : 0;
    if ((kind & KIND_MASK) != KIND_STRING) scratch_.clear();
    frames_.push_back(Frame{F_VALUE, false, -1, kind & KIND_MASK, op, target, -1, -1, 0, start, name});
  }

  void StartElement(const xmlChar* localname, int nb, const xmlChar** attrs) {
    if (!error_.empty()) return;
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
          LinkElement(st, localname, nb, attrs);
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
              if (!AppendAttribute(attrs[i * 5 + 3], attrs[i * 5 + 4], localname, attrs[i * 5])) return;
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

  void LinkElement(const StructType& st, const xmlChar* element, int nb, const xmlChar** attrs) {
    const xmlChar* rel = nullptr;
    const xmlChar* relEnd = nullptr;
    const xmlChar* href = nullptr;
    const xmlChar* hrefEnd = nullptr;
    const xmlChar* hrefName = nullptr;
    for (int i = 0; i < nb; i++) {
      int32_t t = TagOf(attrs[i * 5]);
      if (t < 0) continue;
      if (t == schema_->relTag) {
        rel = attrs[i * 5 + 3];
        relEnd = attrs[i * 5 + 4];
      } else if (t == schema_->hrefTag) {
        href = attrs[i * 5 + 3];
        hrefEnd = attrs[i * 5 + 4];
        hrefName = attrs[i * 5];
      }
    }
    if (rel == nullptr || href == nullptr) return;
    int32_t relTag = schema_->tagId(std::string_view(reinterpret_cast<const char*>(rel), size_t(relEnd - rel)));
    if (relTag < 0) return;
    uint16_t index = st.byRel[relTag];
    if (index == 0) return;
    ops_.push_back(-int32_t(index));
    size_t start = text_.size();
    if (!AppendAttribute(href, hrefEnd, element, hrefName)) return;
    StringPayload(start);
  }

  void EndElement() {
    if (!error_.empty()) return;
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
    if (skipDepth_ > 0 || !error_.empty()) return;
    Frame& top = frames_.back();
    if (top.type != F_VALUE) return;
    if (top.kind == KIND_STRING) {
      AppendText(Str(s), size_t(len), top.name);
    } else if (scratch_.size() + size_t(len) <= kMaxScalarBytes) {
      // libxml2 hands text over in pieces whose size depends on how the
      // bytes arrived: the limit applies to the whole value.
      scratch_.append(Str(s), size_t(len));
    } else {
      ScalarTooLong(top.name, nullptr);
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
  // Errors of the context (sax_.serror) and libxml2's global ones (routed
  // here by GlobalErrorRoute while this parser works): the first error is
  // the document's; warnings are dropped.
  static void OnError(void* ctx, XmlErrorArg error) {
    if (error == nullptr || error->level < XML_ERR_ERROR) return;
    Parser* self = Self(ctx);
    if (self == nullptr || !self->error_.empty()) return;
    std::string message = error->message != nullptr ? error->message : "malformed XML";
    while (!message.empty() && IsSpace(message.back())) message.pop_back();
    self->error_ = message;
    self->errorLine_ = error->line;
    self->errorColumn_ = error->int2;
    self->errorCode_ = error->code;
    // Not xmlStopParser() here: libxml2 may be in the middle of decoding
    // the input buffer that stopping frees. Feed() fails the document as
    // soon as xmlParseChunk() returns, and the SAX callbacks ignore what
    // comes after an error.
  }
  static void OnGlobalError(void* ctx, XmlErrorArg error) { OnError(ctx, error); }
  // What libxml2 prints with xmlGenericError() alone are debugging aids
  // (its errors also go through the structured handlers above): dropped,
  // never printed.
  static void OnGenericError(void*, const char*, ...) {}

  struct TagCacheEntry {
    const xmlChar* key;
    int32_t id;
  };
  static constexpr size_t kTagCacheSize = 1024;

  const Schema* schema_;
  xmlSAXHandler sax_;
  xmlParserCtxtPtr ctxt_ = nullptr;
  bool busy_ = false;          // a document is open (begin() was called, it has not ended)
  bool started_ = false;       // libxml2 has started on the open document (Start())
  bool isString_ = false;      // the open document is a string's UTF-8
  static constexpr size_t kHeadBytes = 4;  // bytes that decide the encoding
  std::string head_;           // the document's first bytes, until there are kHeadBytes
  bool ctxtIsString_ = false;  // ctxt_ ignores encoding declarations (string input)
  static constexpr int kMaxDictNames = 4096;  // past this, a fresh context (and dictionary)
  int maxDepth_ = 64;
  size_t maxText_ = kMaxTextBytes;
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
  const xmlChar* itemName_ = nullptr;  // element of the top-level object in progress
  std::string error_;
  int errorLine_ = 0, errorColumn_ = 0, errorCode_ = 0;
  // The JS side of the tape (Int32Array, Float64Array, Int32Array) and
  // their lengths.
  Napi::ObjectReference opsArray_;
  Napi::ObjectReference numsArray_;
  Napi::ObjectReference stateArray_;
  size_t opsLength_ = 0, numsLength_ = 0, stateLength_ = 0;
  int64_t reported_ = 0;  // native memory reported to V8
  // start(): the worker and what it shares with next(). mutex_ guards
  // spare_, queued_, workerDone_, workerStep_ and cancel_; the tape and the
  // libxml2 context are the worker's alone until it is joined.
  pthread_t thread_{};
  bool threadRunning_ = false;
  pthread_mutex_t mutex_;
  pthread_cond_t changed_;
  std::vector<std::unique_ptr<Segment>> segments_;
  std::vector<Segment*> spare_;
  std::deque<Segment*> queued_;
  bool workerDone_ = false;
  Step workerStep_ = Step::kReady;
  bool cancel_ = false;
  const char* workData_ = nullptr;
  size_t workLength_ = 0;
  napi_ref dataRef_ = nullptr;  // keeps the document's bytes alive while the worker reads them
};

}  // namespace

void InitReader(Napi::Env env, Napi::Object exports) {
  exports.Set("Parser", Parser::Define(env));
  // The default and largest ReadOptions.maxTextBytes.
  exports.Set("maxTextBytes", Napi::Number::New(env, double(kMaxTextBytes)));
}

}  // namespace ovirt
