/*
 * Frames a batch of encoded records for the file event log (src/log/file-event-log.ts): writes
 * each record's [u32 LE length][u32 LE CRC-32] into the 8 bytes of headroom before it
 * (src/codec/encoded-batch.ts). The JavaScript twin is `frameRecords` in src/codec/crc32.ts;
 * test/unit/codec/crc32.test.ts checks they write the same bytes. CRC-32 is IEEE 802.3 (zlib's),
 * slice-by-8 as in the JavaScript; in C it costs about a third, ~4% of the ingest path.
 */
#include <node_api.h>
#include <stdint.h>
#include <string.h>

#define HEADROOM 8
/* Bumped when the arguments or the frame change; src/codec/crc32.ts checks it. */
#define LAYOUT 1

static uint32_t table[8][256];

static void init_table(void) {
  for (uint32_t n = 0; n < 256; n++) {
    uint32_t c = n;
    for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
    table[0][n] = c;
  }
  for (uint32_t n = 0; n < 256; n++) {
    uint32_t c = table[0][n];
    for (int t = 1; t < 8; t++) {
      c = table[0][c & 255] ^ (c >> 8);
      table[t][n] = c;
    }
  }
}

static uint32_t crc32(const uint8_t *b, size_t n) {
  uint32_t c = 0xffffffffu;
  for (; n >= 8; b += 8, n -= 8) {
    uint32_t lo, hi;
    memcpy(&lo, b, 4); /* little-endian, as the JavaScript reads the bytes */
    memcpy(&hi, b + 4, 4);
    lo ^= c;
    c = table[7][lo & 255] ^ table[6][(lo >> 8) & 255] ^ table[5][(lo >> 16) & 255] ^
        table[4][lo >> 24] ^ table[3][hi & 255] ^ table[2][(hi >> 8) & 255] ^
        table[1][(hi >> 16) & 255] ^ table[0][hi >> 24];
  }
  while (n--) c = table[0][(c ^ *b++) & 255] ^ (c >> 8);
  return c ^ 0xffffffffu;
}

static void put_u32le(uint8_t *p, uint32_t v) {
  p[0] = (uint8_t)v;
  p[1] = (uint8_t)(v >> 8);
  p[2] = (uint8_t)(v >> 16);
  p[3] = (uint8_t)(v >> 24);
}

/* frame(buf: Uint8Array, starts: Uint32Array, from: number, to: number): void */
static napi_value frame(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_typedarray_type bt = napi_int8_array, st = napi_int8_array;
  size_t blen = 0, slen = 0, off;
  void *bdata = NULL, *sdata = NULL;
  napi_value ab;
  int32_t from = -1, to = -1;
  if (argc < 4 || napi_get_typedarray_info(env, argv[0], &bt, &blen, &bdata, &ab, &off) != napi_ok ||
      napi_get_typedarray_info(env, argv[1], &st, &slen, &sdata, &ab, &off) != napi_ok ||
      bt != napi_uint8_array || st != napi_uint32_array ||
      napi_get_value_int32(env, argv[2], &from) != napi_ok ||
      napi_get_value_int32(env, argv[3], &to) != napi_ok) {
    napi_throw_type_error(env, NULL, "frame(buf: Uint8Array, starts: Uint32Array, from, to)");
    return NULL;
  }
  uint8_t *b = bdata;
  const uint32_t *starts = sdata;
  if (from < 0 || to < from || (size_t)to >= slen) {
    napi_throw_range_error(env, NULL, "frame: records out of range");
    return NULL;
  }
  for (int32_t i = from; i < to; i++) {
    const uint32_t s = starts[i], e = starts[i + 1];
    if (e < s + HEADROOM || e > blen) {
      napi_throw_range_error(env, NULL, "frame: a record's bounds are outside the buffer");
      return NULL;
    }
    put_u32le(b + s, e - s - HEADROOM);
    put_u32le(b + s + 4, crc32(b + s + HEADROOM, e - s - HEADROOM));
  }
  return NULL;
}

NAPI_MODULE_INIT(/* napi_env env, napi_value exports */) {
  init_table();
  napi_value fn, layout;
  napi_create_function(env, "frame", NAPI_AUTO_LENGTH, frame, NULL, &fn);
  napi_set_named_property(env, exports, "frame", fn);
  napi_create_int32(env, LAYOUT, &layout);
  napi_set_named_property(env, exports, "LAYOUT", layout);
  return exports;
}
