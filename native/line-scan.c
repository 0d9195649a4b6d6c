/*
 * Native scan of the common trace line shape, for the ingest hot path (ingest/ftrace/line-scan.ts).
 *
 *     comm-pid [cpu] flags   sec.frac: name: payload
 *     comm-pid [cpu] flags   sec.frac: sys_foo(args)
 *     comm-pid [cpu] flags   sec.frac: sys_foo -> ret
 *
 * (ftrace `trace`/`trace_pipe`, and `trace-cmd report` without the flags column.) It locates
 * the columns and reads the numbers, gives event names small ids (name_id), and reads the values
 * of the three hottest payload shapes in their exact common form (page faults, syscall arguments,
 * inode dirtying; each leaves any other form to the JavaScript normaliser, and the tests compare
 * the payloads written either way). Every line that is not exactly this shape (comment,
 * lost-event and header lines, instance prefixes, tgid columns, perf's space-separated pid and
 * `subsys:name:`, integer clocks, anything malformed) is left to the JavaScript parser, which
 * handles every format (ingest/ftrace/line-parser.ts). For the lines it takes, it must give
 * exactly what `parseLineAt` gives: test/unit/ingest/line-scan.test.ts compares the two on every
 * shared capture and on mutated lines.
 *
 * One call scans a block of whole lines (up to ~64 KiB of ASCII, see ingest/source/line-blocks.ts)
 * and writes one row of ROW int32 per line into a caller-owned Int32Array, so the per-line cost
 * of crossing into native code is paid once per block. Offsets are byte offsets, equal to the
 * string offsets because only ASCII blocks (decoded as latin1) are scanned natively.
 */
#include <node_api.h>
#include <stdint.h>
#include <string.h>

/* Row layout; keep in step with ingest/ftrace/line-scan.ts. */
enum {
  R_LINE_START, /* first byte of the line */
  R_LINE_END,   /* the '\n' (or the end of the block) */
  R_STATUS,     /* ST_* */
  R_PID,
  R_CPU,
  R_COMM_START,
  R_COMM_END,
  R_CONTEXT_END, /* one past the ']' after the cpu */
  R_FLAGS_START,
  R_FLAGS_END,
  R_TS_SEC,
  R_TS_FRAC,
  R_TS_FRAC_DIGITS,
  R_NAME_START,
  R_NAME_END,
  R_STYLE, /* PayloadStyle: 0 plain, 1 syscall enter, 2 syscall exit */
  R_PAYLOAD_START,
  R_PAYLOAD_END,
  R_FAULT,          /* 1 when the payload is a page fault's, read into the next five */
  R_FAULT_ADDR_LO,  /* address, low and high 32 bits (below 2^52) */
  R_FAULT_ADDR_HI,
  R_FAULT_IP_LO,    /* ip, the same */
  R_FAULT_IP_HI,
  R_FAULT_ERROR,    /* error_code (uint32 bits) */
  R_NAME_ID,        /* the event name's id in the caller's name table, or -1 (name_id) */
  R_ARGS,           /* syscall arguments read (then ARG_FIELDS each from R_ARG0), or -1 */
  R_ARG0,
  R_INODE = R_ARG0 + 8 * 6, /* 1 when an inode-dirtied payload was read into the next ten */
  R_INODE_MAJOR,
  R_INODE_MINOR,
  R_INODE_INO_LO,           /* ino, low and high 32 bits (at most 15 digits) */
  R_INODE_INO_HI,
  R_INODE_STATE_ID,         /* the state text's id in the name table, or -1 */
  R_INODE_STATE_START,
  R_INODE_STATE_END,
  R_INODE_FLAGS_ID,         /* the flags text's id in the name table, or -1 */
  R_INODE_FLAGS_START,
  R_INODE_FLAGS_END,
  ROW
};

/* One syscall argument's fields, from R_ARG0 + i * ARG_FIELDS. */
enum {
  A_KEY_START,
  A_KEY_END,
  A_DIGITS_START, /* the value's hex digits, leading zeros stripped (one kept) */
  A_DIGITS_END,
  A_NUM_LO,       /* the value when it has at most 13 digits (below 2^52), else A_NUM_HI = -1 */
  A_NUM_HI,
  ARG_FIELDS
};
/* The argument slots end where the inode fields start. */
#define MAX_ARGS ((R_INODE - R_ARG0) / ARG_FIELDS)

enum {
  ST_JS = 0,       /* not taken: the JavaScript parser reads this line */
  ST_EVENT = 1,    /* an event line */
  ST_SAME_CTX = 2, /* an event line whose context columns equal the previous row's */
};

static inline int is_space(uint8_t c) { return c == ' ' || c == '\t'; }
static inline int is_digit(uint8_t c) { return c >= '0' && c <= '9'; }
static inline int is_ident(uint8_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_';
}

static inline int hex_val(uint8_t c) {
  if (is_digit(c)) return c - '0';
  c |= 0x20;
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Moves *p past `lit` (n bytes) when it is there. */
static inline int literal(const uint8_t *b, int32_t *p, int32_t e, const char *lit, int32_t n) {
  if (e - *p < n || memcmp(b + *p, lit, (size_t)n) != 0) return 0;
  *p += n;
  return 1;
}

/* Reads 1 to `max` hex digits at *p (not followed by another) into *v. */
static int hex_digits(const uint8_t *b, int32_t *p, int32_t e, int32_t max, uint64_t *v) {
  int32_t q = *p;
  uint64_t x = 0;
  int h;
  while (q < e && (h = hex_val(b[q])) >= 0) {
    if (q - *p == max) return 0;
    x = x * 16 + (uint64_t)h;
    q++;
  }
  if (q == *p) return 0;
  *p = q;
  *v = x;
  return 1;
}

/*
 * A page fault's payload, `address=0x%lx ip=0x%lx error_code=0x%lx` (exceptions/page_fault_user
 * and _kernel: 40% of the lines of an mmap write workload), read into the row so the normaliser
 * does not read the text again. Only this exact text with values below 2^52 (every user address;
 * exact as a double) and an error code of 32 bits; anything else, kernel addresses and symbolic
 * ips among them, is read by the JavaScript normaliser, which gives the same values for the
 * lines taken here (test/unit/ingest/line-scan.test.ts).
 */
static void scan_fault(const uint8_t *b, int32_t ns, int32_t ne, int32_t p, int32_t e,
                       int32_t *row) {
  const int32_t n = ne - ns;
  if (!((n == 15 && memcmp(b + ns, "page_fault_user", 15) == 0) ||
        (n == 17 && memcmp(b + ns, "page_fault_kernel", 17) == 0)))
    return;
  uint64_t address, ip, error;
  if (!literal(b, &p, e, "address=0x", 10) || !hex_digits(b, &p, e, 13, &address) ||
      !literal(b, &p, e, " ip=0x", 6) || !hex_digits(b, &p, e, 13, &ip) ||
      !literal(b, &p, e, " error_code=0x", 14) || !hex_digits(b, &p, e, 8, &error) || p != e)
    return;
  row[R_FAULT] = 1;
  row[R_FAULT_ADDR_LO] = (int32_t)(uint32_t)address;
  row[R_FAULT_ADDR_HI] = (int32_t)(address >> 32);
  row[R_FAULT_IP_LO] = (int32_t)(uint32_t)ip;
  row[R_FAULT_IP_HI] = (int32_t)(ip >> 32);
  row[R_FAULT_ERROR] = (int32_t)(uint32_t)error;
}

/*
 * A syscall's arguments, `name: value, ...` between the parentheses of `sys_foo(...)` (all three
 * print styles are hex, with or without 0x: ingest/normalize/syscalls.ts), read into the row as
 * `parseSyscallArgs` reads them. A quoted user string after a value, a value of more than 16
 * digits, more than MAX_ARGS arguments or anything else it does not expect leaves R_ARGS at -1,
 * and the JavaScript reads the text.
 */
static void scan_args(const uint8_t *b, int32_t p, int32_t e, int32_t *row) {
  while (p < e && b[p] == ' ') p++;
  int32_t n = 0;
  if (p == e) {
    row[R_ARGS] = 0;
    return;
  }
  for (;;) {
    int32_t colon = p;
    while (colon < e && b[colon] != ':') colon++;
    if (colon == e || n == MAX_ARGS) return;
    /* With a type before the name (`unsigned long start: ...`) the name is the last word. */
    int32_t ks = colon;
    while (ks > p && b[ks - 1] != ' ') ks--;
    if (ks == colon) return;
    int32_t *a = row + R_ARG0 + n * ARG_FIELDS;
    a[A_KEY_START] = ks;
    a[A_KEY_END] = colon;
    p = colon + 1;
    while (p < e && b[p] == ' ') p++;
    if (e - p >= 2 && b[p] == '0' && (b[p + 1] | 0x20) == 'x') p += 2;
    int32_t ds = p;
    uint64_t v = 0;
    int h;
    while (p < e && (h = hex_val(b[p])) >= 0) {
      v = v * 16 + (uint64_t)h;
      p++;
    }
    if (p == ds || p - ds > 16) return;
    while (ds < p - 1 && b[ds] == '0') ds++;
    a[A_DIGITS_START] = ds;
    a[A_DIGITS_END] = p;
    a[A_NUM_LO] = (int32_t)(uint32_t)v;
    a[A_NUM_HI] = p - ds <= 13 ? (int32_t)(v >> 32) : -1;
    n++;
    while (p < e && b[p] == ' ') p++;
    if (p == e) break;
    if (b[p] != ',') return; /* a quoted string too: the JavaScript keeps the text for it */
    p++;
    while (p < e && b[p] == ' ') p++;
  }
  row[R_ARGS] = n;
}

/*
 * Event names get small ids, so the JavaScript makes each name's string once and then looks it
 * up by id instead of hashing and comparing the characters per line (~50 ns a line). The table
 * is an Int32Array the caller owns (one per reader, zeroed): [0] ids given, [1] name bytes used,
 * NAME_SLOTS slots of {id + 1 (0: empty), byte offset, length}, then the names' bytes.
 * Slots are found by a multiplicative hash of the name's 8-byte words and linear probing.
 */
#define NAME_SLOTS 1024 /* a power of two; at most half of them get names */
#define NAME_BYTES 16384
#define NAME_TABLE_INTS (2 + NAME_SLOTS * 3 + NAME_BYTES / 4)

/* The id of the name b[s, e), given on first sight; -1 when the table is full. */
static int32_t name_id(int32_t *t, const uint8_t *b, int32_t s, int32_t e) {
  const int32_t n = e - s;
  /* Eight bytes per step (a byte-wise hash was a quarter of the scan); memcmp decides. */
  uint64_t h = (uint64_t)n * 0x9e3779b97f4a7c15u, w;
  int32_t i = s;
  for (; i + 8 <= e; i += 8) {
    memcpy(&w, b + i, 8);
    h = (h ^ w) * 0x9e3779b97f4a7c15u;
  }
  if (i < e) {
    w = 0;
    memcpy(&w, b + i, (size_t)(e - i));
    h = (h ^ w) * 0x9e3779b97f4a7c15u;
  }
  h ^= h >> 29;
  uint8_t *store = (uint8_t *)(t + 2 + NAME_SLOTS * 3);
  for (uint32_t k = 0; k < NAME_SLOTS; k++) {
    int32_t *slot = t + 2 + ((uint32_t)(h + k) & (NAME_SLOTS - 1)) * 3;
    if (slot[0] == 0) {
      if (t[0] >= NAME_SLOTS / 2 || t[1] + n > NAME_BYTES) return -1;
      memcpy(store + t[1], b + s, (size_t)n);
      slot[1] = t[1];
      slot[2] = n;
      t[1] += n;
      slot[0] = ++t[0];
      return slot[0] - 1;
    }
    /* (Bounds checked although only this code writes the table: it lives in JavaScript memory.) */
    if (slot[1] < 0 || slot[2] < 0 || slot[1] > NAME_BYTES - slot[2]) return -1;
    if (slot[2] == n && memcmp(store + slot[1], b + s, (size_t)n) == 0) return slot[0] - 1;
  }
  return -1;
}

/* Reads 1 to `max` decimal digits at *p into *v. */
static int dec_digits(const uint8_t *b, int32_t *p, int32_t e, int32_t max, uint64_t *v) {
  int32_t q = *p;
  uint64_t x = 0;
  while (q < e && is_digit(b[q])) {
    if (q - *p == max) return 0;
    x = x * 10 + (uint64_t)(b[q] - '0');
    q++;
  }
  if (q == *p) return 0;
  *p = q;
  *v = x;
  return 1;
}

/* The end of the word at p (up to a space or a comma), as FieldScanner.skipWord. */
static int32_t word_end(const uint8_t *b, int32_t p, int32_t e) {
  while (p < e && b[p] != ' ' && b[p] != ',') p++;
  return p;
}

/*
 * writeback_mark_inode_dirty / writeback_dirty_inode_start / writeback_dirty_inode, `bdi %s:
 * ino=%lu state=%s flags=%s` (a fifth of the lines of an mmap write workload), read into the
 * row: the bdi's major:minor, the inode number and the two flag texts with their ids in the name
 * table, so the normaliser decodes each distinct text once. Only this exact text with a numeric
 * bdi; anything else is the JavaScript normaliser's, which reads the same values from the lines
 * taken here (test/unit/ingest/line-scan.test.ts).
 */
static void scan_inode(const uint8_t *b, int32_t ns, int32_t ne, int32_t p, int32_t e,
                       int32_t *row, int32_t *names) {
  const int32_t n = ne - ns;
  if (!((n == 26 && memcmp(b + ns, "writeback_mark_inode_dirty", 26) == 0) ||
        (n == 27 && memcmp(b + ns, "writeback_dirty_inode_start", 27) == 0) ||
        (n == 21 && memcmp(b + ns, "writeback_dirty_inode", 21) == 0)))
    return;
  uint64_t major, minor, ino;
  if (!literal(b, &p, e, "bdi ", 4) || !dec_digits(b, &p, e, 9, &major) ||
      !literal(b, &p, e, ":", 1) || !dec_digits(b, &p, e, 9, &minor) ||
      !literal(b, &p, e, ": ino=", 6) || !dec_digits(b, &p, e, 15, &ino) ||
      !literal(b, &p, e, " state=", 7))
    return;
  /* dev_t's 12-bit major and 20-bit minor: anything larger is refused by the JS normaliser. */
  if (major > 0xfff || minor > 0xfffff) return;
  const int32_t ss = p, se = word_end(b, p, e);
  p = se;
  if (!literal(b, &p, e, " flags=", 7)) return;
  const int32_t fs = p, fe = word_end(b, p, e);
  if (fe != e) return;
  row[R_INODE] = 1;
  row[R_INODE_MAJOR] = (int32_t)major;
  row[R_INODE_MINOR] = (int32_t)minor;
  row[R_INODE_INO_LO] = (int32_t)(uint32_t)ino;
  row[R_INODE_INO_HI] = (int32_t)(ino >> 32);
  row[R_INODE_STATE_ID] = name_id(names, b, ss, se);
  row[R_INODE_STATE_START] = ss;
  row[R_INODE_STATE_END] = se;
  row[R_INODE_FLAGS_ID] = name_id(names, b, fs, fe);
  row[R_INODE_FLAGS_START] = fs;
  row[R_INODE_FLAGS_END] = fe;
}

/* Reads `comm-pid [cpu]` from b[s, e) (s = line start); returns the index after ']' or -1. */
static int32_t scan_context(const uint8_t *b, int32_t s, int32_t e, int32_t *row) {
  int32_t p = s;
  while (p < e && is_space(b[p])) p++;
  /* Column-0 text (special lines, instance prefixes) and '#' lines are the JS parser's. */
  if (p == s || p == e || b[p] == '#') return -1;
  const int32_t line_start = p;
  /* The first `[digits]` preceded (after spaces) by a pid digit, as parseContext anchors. */
  for (int32_t k = p; k < e; k++) {
    if (b[k] != '[') continue;
    int32_t q = k + 1;
    while (q < e && is_digit(b[q])) q++;
    if (q == k + 1 || q >= e || b[q] != ']') continue;
    int32_t r = k - 1;
    while (r >= line_start && is_space(b[r])) r--;
    if (r < line_start) continue;
    if (b[r] == ')') return -1; /* tgid column: JS */
    if (!is_digit(b[r])) continue;
    const int32_t pid_end = r + 1;
    if (q - (k + 1) > 9) return -1;
    int32_t cpu = 0;
    for (int32_t i = k + 1; i < q; i++) cpu = cpu * 10 + (b[i] - '0');
    int32_t ps = pid_end - 1;
    while (ps > line_start && is_digit(b[ps - 1])) ps--;
    /* Only `comm-pid`; perf's `comm pid`, `pid/tid` and a bare pid are the JS parser's. */
    if (ps <= line_start || b[ps - 1] != '-' || pid_end - ps > 9) return -1;
    int32_t pid = 0;
    for (int32_t i = ps; i < pid_end; i++) pid = pid * 10 + (b[i] - '0');
    row[R_PID] = pid;
    row[R_CPU] = cpu;
    row[R_COMM_START] = line_start;
    row[R_COMM_END] = ps - 1;
    return q + 1;
  }
  return -1;
}

/* Reads the rest of an event line from `p` (after the context); 0 when it is not the shape. */
static int scan_event(const uint8_t *b, int32_t p, int32_t e, int32_t *row, int32_t *names) {
  while (p < e && is_space(b[p])) p++;
  int32_t tok = p;
  while (tok < e && !is_space(b[tok]) && b[tok] != ':') tok++;
  row[R_FLAGS_START] = 0;
  row[R_FLAGS_END] = 0;
  if (tok < e && b[tok] != ':') {
    if (tok - p > 6) return 0;
    row[R_FLAGS_START] = p;
    row[R_FLAGS_END] = tok;
    p = tok;
    while (p < e && is_space(b[p])) p++;
  }
  const int32_t ts_start = p;
  int64_t sec = 0;
  while (p < e && is_digit(b[p])) sec = sec * 10 + (b[p++] - '0');
  /* Integer clocks (no fraction) and seconds beyond int32 are the JS parser's. */
  if (p == ts_start || p - ts_start > 9 || p >= e || b[p] != '.') return 0;
  p++;
  const int32_t fs = p;
  int32_t frac = 0;
  while (p < e && is_digit(b[p]) && p - fs < 10) frac = frac * 10 + (b[p++] - '0');
  if (p == fs || p - fs > 9 || p >= e || b[p] != ':') return 0;
  row[R_TS_SEC] = (int32_t)sec;
  row[R_TS_FRAC] = frac;
  row[R_TS_FRAC_DIGITS] = p - fs;
  p++;
  while (p < e && is_space(b[p])) p++;
  const int32_t ns = p;
  while (p < e && is_ident(b[p])) p++;
  if (p == ns || p >= e) return 0;
  row[R_NAME_START] = ns;
  row[R_NAME_END] = p;
  row[R_NAME_ID] = name_id(names, b, ns, p);
  /* No payload values read yet; the scan_* below set what they read. */
  row[R_FAULT] = 0;
  row[R_ARGS] = -1;
  row[R_INODE] = 0;
  if (b[p] == ':') {
    /* `subsys:name:` (perf) is the JS parser's. */
    if (p + 1 < e && is_ident(b[p + 1])) return 0;
    p++;
    while (p < e && is_space(b[p])) p++;
    /* A payload starting with 'P' may be perf's PERF_RECORD_LOST: the JS parser checks. */
    if (p < e && b[p] == 'P') return 0;
    row[R_STYLE] = 0;
    row[R_PAYLOAD_START] = p;
    row[R_PAYLOAD_END] = e;
    scan_fault(b, ns, row[R_NAME_END], p, e, row);
    scan_inode(b, ns, row[R_NAME_END], p, e, row, names);
    return 1;
  }
  if (b[p] == '(') {
    int32_t close = e - 1;
    while (close > p && b[close] != ')') close--;
    if (close <= p) return 0;
    row[R_STYLE] = 1;
    row[R_PAYLOAD_START] = p + 1;
    row[R_PAYLOAD_END] = close;
    scan_args(b, p + 1, close, row);
    return 1;
  }
  if (e - p >= 4 && memcmp(b + p, " -> ", 4) == 0) {
    row[R_STYLE] = 2;
    row[R_PAYLOAD_START] = p + 4;
    row[R_PAYLOAD_END] = e;
    return 1;
  }
  return 0;
}

/*
 * scan(bytes: Uint8Array, from: number, to: number, rows: Int32Array, names: Int32Array): number
 * Scans the lines of bytes[from, to) until `rows` is full; returns how many rows were written.
 * The caller continues from the last row's R_LINE_END + 1. `names` is the caller's name table
 * (name_id), kept from call to call.
 */
static napi_value scan(napi_env env, napi_callback_info info) {
  size_t argc = 5;
  napi_value argv[5];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc < 5) {
    napi_throw_type_error(env, NULL, "scan(bytes, from, to, rows, names)");
    return NULL;
  }
  napi_typedarray_type bt, rt, nt;
  size_t blen, rlen, nlen;
  void *bdata, *rdata, *ndata;
  napi_value ab;
  size_t boff;
  if (napi_get_typedarray_info(env, argv[0], &bt, &blen, &bdata, &ab, &boff) != napi_ok ||
      bt != napi_uint8_array ||
      napi_get_typedarray_info(env, argv[3], &rt, &rlen, &rdata, &ab, &boff) != napi_ok ||
      rt != napi_int32_array ||
      napi_get_typedarray_info(env, argv[4], &nt, &nlen, &ndata, &ab, &boff) != napi_ok ||
      nt != napi_int32_array || nlen != NAME_TABLE_INTS) {
    napi_throw_type_error(env, NULL,
                          "scan: bytes must be a Uint8Array, rows an Int32Array and names an "
                          "Int32Array of NAME_TABLE");
    return NULL;
  }
  int32_t *names = (int32_t *)ndata;
  if (names[0] < 0 || names[0] > NAME_SLOTS / 2 || names[1] < 0 || names[1] > NAME_BYTES) {
    napi_throw_range_error(env, NULL, "scan: the name table was changed outside scan");
    return NULL;
  }
  int32_t from, to;
  napi_get_value_int32(env, argv[1], &from);
  napi_get_value_int32(env, argv[2], &to);
  if (from < 0 || to < from || (size_t)to > blen) {
    napi_throw_range_error(env, NULL, "scan: bad range");
    return NULL;
  }
  const uint8_t *b = (const uint8_t *)bdata;
  int32_t *rows = (int32_t *)rdata;
  const size_t max_rows = rlen / ROW;
  size_t n = 0;
  int32_t s = from;
  /* The previous event row's context bytes, for ST_SAME_CTX. */
  int32_t prev_ctx = -1, prev_ctx_len = 0;
  while (s < to && n < max_rows) {
    int32_t *row = rows + n * ROW;
    const uint8_t *nl = memchr(b + s, '\n', (size_t)(to - s));
    const int32_t line_end = nl ? (int32_t)(nl - b) : to;
    int32_t e = line_end;
    while (e > s && (b[e - 1] == '\r' || is_space(b[e - 1]))) e--;
    row[R_LINE_START] = s;
    row[R_LINE_END] = line_end;
    row[R_STATUS] = ST_JS;
    int32_t ctx_end;
    const int same = prev_ctx >= 0 && prev_ctx_len < e - s &&
                     memcmp(b + s, b + prev_ctx, (size_t)prev_ctx_len) == 0;
    if (same) {
      const int32_t *prev = row - ROW;
      /* Same context bytes as the last event row (which is the row before, or earlier). */
      ctx_end = s + prev_ctx_len;
      row[R_PID] = prev[R_PID];
      row[R_CPU] = prev[R_CPU];
      row[R_COMM_START] = s + (prev[R_COMM_START] - prev[R_LINE_START]);
      row[R_COMM_END] = s + (prev[R_COMM_END] - prev[R_LINE_START]);
    } else {
      ctx_end = scan_context(b, s, e, row);
    }
    if (ctx_end >= 0 && scan_event(b, ctx_end, e, row, names)) {
      row[R_STATUS] = same ? ST_SAME_CTX : ST_EVENT;
      row[R_CONTEXT_END] = ctx_end;
      prev_ctx = s;
      prev_ctx_len = ctx_end - s;
    } else {
      prev_ctx = -1;
    }
    n++;
    s = line_end + 1;
  }
  napi_value result;
  napi_create_uint32(env, (uint32_t)n, &result);
  return result;
}

NAPI_MODULE_INIT(/* napi_env env, napi_value exports */) {
  napi_value fn, layout;
  napi_create_function(env, "scan", NAPI_AUTO_LENGTH, scan, NULL, &fn);
  napi_set_named_property(env, exports, "scan", fn);
  /* The row width stands for the layout: ingest/ftrace/line-scan.ts checks it. */
  napi_create_int32(env, ROW, &layout);
  napi_set_named_property(env, exports, "LAYOUT", layout);
  napi_value table;
  napi_create_int32(env, NAME_TABLE_INTS, &table);
  napi_set_named_property(env, exports, "NAME_TABLE", table);
  return exports;
}
