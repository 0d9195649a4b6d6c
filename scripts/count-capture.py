#!/usr/bin/env python3
"""Counts what a raw ftrace capture shows for its workload's target files, independently of
faultreplay (stdlib only; plain or .gz input). One JSON object per capture on stdout.

usage: scripts/count-capture.py [--comm NAME] [--pid PID] [--lat CSV] [--array] TRACE...
       (a TRACE's latency CSV defaults to the file beside it: X.trace.gz -> X.lat.csv.gz;
       --array prints one JSON array instead of one object per line)
regenerate the fixtures' counts:
       python3 scripts/count-capture.py --array test/fixtures/fs/*.trace.gz > test/fixtures/fs/counts.json

How the target is found (no faultreplay code involved):
  * workload tasks: the `pid=` / `comm=` of the `# faultreplay-capture:` header, else --pid/--comm;
  * mappings: sys_enter_mmap/sys_exit_mmap of those tasks with PROT_WRITE, MAP_SHARED and an fd,
    removed by munmap of the same range;
  * a mapping's file: the first mm_filemap_fault (dev=, ino hex) or writeback_dirty_folio
    (bdi, ino decimal) the same task emits inside a write fault at an address of the mapping;
  * target files = the files of mappings the workload wrote through, keyed by superblock dev and
    inode. Writeback events name a bdi (`7:0`, `btrfs-1`), not the superblock dev (`0:40` on
    btrfs), so the bdi of each file is joined per inode: the bdi of writeback_dirty_folio lines
    with that inode emitted inside a write fault on that file's mapping;
  * btrfs events name the filesystem by fsid: the fsid is the one whose extent_writepage /
    ordered-extent lines hit most (inode, index) pairs the workload dirtied.
A figure the trace cannot show on that filesystem is null, with the reason in `why_null`.
"""
import gzip
import json
import re
import sys
from collections import Counter, defaultdict

PAGE = 4096
LINE = re.compile(r'^\s*(.+?)-(\d+)\s+\[(\d+)\]\s+(?:\S+\s+)?(\d+)\.(\d+):\s+(\w+)(.*)$')
KV = re.compile(r'(\w+)[=:] ?(\S+?)(?=[, )]|$)')
HEADER = '# faultreplay-capture:'


def opener(path):
    return gzip.open(path, 'rt', errors='replace') if path.endswith('.gz') else open(path, errors='replace')


def kv(rest):
    return dict(KV.findall(rest))


def num(s):
    return int(s, 0)


def pct(values, p):
    if not values:
        return None
    v = sorted(values)
    return v[min(len(v) - 1, int(p / 100 * len(v)))]


class Mapping:
    __slots__ = ('start', 'end', 'off', 'file')

    def __init__(self, start, length, off):
        self.start, self.end, self.off, self.file = start, start + length, off, None


def count(path, lat_path, pids_opt, comms_opt):
    header = {}
    pids, comms = set(pids_opt), set(comms_opt)
    maps = defaultdict(list)  # pid -> [Mapping]
    pending_mmap = {}  # pid -> (len, off)
    in_fault = {}  # pid -> (Mapping, error_code, ts) while inside a write fault on a shared file map
    pending_msync = {}
    ev_count = Counter()
    # raw observations, resolved against the target set at the end
    write_faults = []  # (file or None, error_code, ts_ns, dirtied?)
    fault_dirtied = []  # parallel flags
    dirty_in_fault = []  # (bdi, ino, file, index)
    bdi_votes = Counter()  # ((dev, ino), bdi) -> n
    dirty_folio = Counter()  # (bdi, ino) -> n
    dirty_indices = defaultdict(set)  # (bdi, ino) -> {index}
    sync_dirty = []  # (bdi, ino, file-in-fault or None)
    ext4_pages = Counter()  # (dev, ino) -> pages_written
    # The same, counted only once the workload has a shared writable mapping: writeback of data
    # written with write(2) before it (folio_rw's and fio's layout phase) is not the mapping's.
    ext4_pages_mapped = Counter()
    iomap_pages_mapped = Counter()
    mapped_since = None
    ext4_calls = Counter()
    jbd2 = Counter()  # dev -> handles
    xfs_update = Counter()  # (dev, ino) -> n (any task)
    xfs_update_fault = Counter()
    xfs_trans = Counter()  # dev -> commits
    xfs_write_fault = Counter()
    iomap_pages = Counter()  # (dev, ino)
    iomap_folios = Counter()
    ctime_xchg = Counter()  # (dev, ino) -> in-fault ctime_ns_xchg by workload
    ctime_skip = Counter()
    btrfs_wp = defaultdict(Counter)  # fsid -> (ino) -> extent_writepage lines
    btrfs_wp_idx = defaultdict(lambda: defaultdict(set))  # fsid -> ino -> {page_index}
    btrfs_wp_mapped = defaultdict(Counter)  # fsid -> ino -> extent_writepage lines once mapped
    btrfs_oe_bytes = defaultdict(Counter)  # fsid -> ino -> ordered-extent bytes
    btrfs_trans = Counter()  # fsid -> transaction commits
    add_orders = Counter()  # (dev, ino, order) -> folios added to the page cache
    msync_ns = []
    filemap_devs = defaultdict(Counter)  # ino -> dev -> workload filemap events
    lines = 0
    first_ts = last_ts = None

    with opener(path) as f:
        for raw in f:
            lines += 1
            if raw.startswith('#'):
                if raw.startswith(HEADER):
                    for part in raw[len(HEADER):].split():
                        k, _, v = part.partition('=')
                        header[k] = v
                    pids |= {int(p) for p in header.get('pid', '').split(',') if p}
                    comms |= {c for c in header.get('comm', '').split(',') if c}
                continue
            m = LINE.match(raw)
            if m is None:
                continue
            comm, pid, ts = m.group(1), int(m.group(2)), int(m.group(4)) * 10**9 + int(m.group(5).ljust(9, '0'))
            name, rest = m.group(6), m.group(7)
            ev_count[name] += 1
            first_ts = ts if first_ts is None else first_ts
            last_ts = ts
            mine = pid in pids or comm in comms
            if name == 'page_fault_user':
                if not mine:
                    continue
                a = kv(rest)
                addr, code = num(a['address']), num(a['error_code'])
                in_fault.pop(pid, None)
                if code & 2:
                    hit = next((mp for mp in maps[pid] if mp.start <= addr < mp.end), None)
                    if hit is not None:
                        in_fault[pid] = [hit, code, len(write_faults)]
                        write_faults.append([hit, code, ts, False, addr])
                continue
            if name.startswith('sys_'):
                if not mine:
                    continue
                exit_ = rest.startswith(' -> ')
                if name == 'sys_mmap':
                    if not exit_:
                        a = kv(rest)
                        prot, flags, fd = num(a['prot']), num(a['flags']), num(a['fd'])
                        shared = flags & 3 in (1, 3)
                        pending_mmap[pid] = (num(a['len']), num(a['off'])) if prot & 2 and shared and fd < 2**31 else None
                    else:
                        p = pending_mmap.pop(pid, None)
                        ret = num(rest[4:].strip())
                        if p is not None and ret < 2**63 and ret % PAGE == 0:
                            maps[pid].append(Mapping(ret, p[0], p[1]))
                            if mapped_since is None:
                                mapped_since = ts
                elif name == 'sys_munmap' and not exit_:
                    a = kv(rest)
                    s, e = num(a['addr']), num(a['addr']) + num(a['len'])
                    maps[pid] = [mp for mp in maps[pid] if mp.end <= s or mp.start >= e]
                elif name == 'sys_msync':
                    if not exit_:
                        pending_msync[pid] = ts
                    elif pid in pending_msync:
                        msync_ns.append(ts - pending_msync.pop(pid))
                in_fault.pop(pid, None)
                continue
            cur = in_fault.get(pid) if mine else None
            if name in ('mm_filemap_fault', 'mm_filemap_map_pages'):
                a = kv(rest)
                dev, ino = a['dev'], int(a['ino'], 16)
                if mine:
                    filemap_devs[ino][dev] += 1
                if cur is not None and cur[0].file is None and name == 'mm_filemap_fault':
                    cur[0].file = (dev, ino)
            elif name == 'writeback_dirty_folio' or name == 'writeback_dirty_page':
                mm = re.match(r' bdi (\S+): ino=(\d+) index=(\d+)', rest[1:] if rest.startswith(':') else rest)
                if mm is None:
                    continue
                bdi, ino, index = mm.group(1), int(mm.group(2)), int(mm.group(3))
                dirty_folio[(bdi, ino)] += 1
                dirty_indices[(bdi, ino)].add(index)
                if cur is not None:
                    mp = cur[0]
                    if mp.file is None:
                        mp.file = ('bdi:' + bdi, ino)
                    if mp.file[1] == ino:
                        bdi_votes[(mp.file, bdi)] += 1
                        write_faults[cur[2]][3] = True
            elif name == 'writeback_mark_inode_dirty':
                mm = re.match(r': bdi (\S+): ino=(\d+) state=\S* flags=(\S+)', rest)
                if mm and 'I_DIRTY_SYNC' in mm.group(3).split('|'):
                    sync_dirty.append((mm.group(1), int(mm.group(2)), cur[0] if cur else None))
            elif name == 'ext4_writepages_result':
                mm = re.match(r': dev (\d+),(\d+) ino (\d+) .*pages_written (\d+)', rest)
                if mm:
                    key = (f'{mm.group(1)}:{mm.group(2)}', int(mm.group(3)))
                    ext4_pages[key] += int(mm.group(4))
                    if mapped_since is not None:
                        ext4_pages_mapped[key] += int(mm.group(4))
                    ext4_calls[key] += 1
            elif name == 'jbd2_handle_start':
                mm = re.match(r': dev (\d+),(\d+) ', rest)
                if mm:
                    jbd2[f'{mm.group(1)}:{mm.group(2)}'] += 1
            elif name in ('xfs_update_time', 'xfs_write_fault', 'iomap_writeback_folio', 'xfs_trans_commit'):
                mm = re.match(r': dev (\d+:\d+) (?:ino 0x([0-9a-f]+))?', rest)
                if mm is None:
                    continue
                dev = mm.group(1)
                if name == 'xfs_trans_commit':
                    xfs_trans[dev] += 1
                    continue
                key = (dev, int(mm.group(2), 16))
                if name == 'xfs_update_time':
                    xfs_update[key] += 1
                    if cur is not None:
                        xfs_update_fault[key] += 1
                elif name == 'xfs_write_fault':
                    xfs_write_fault[key] += 1
                else:
                    length = int(re.search(r'length 0x([0-9a-f]+)', rest).group(1), 16)
                    iomap_pages[key] += length // PAGE
                    if mapped_since is not None:
                        iomap_pages_mapped[key] += length // PAGE
                    iomap_folios[key] += 1
            elif name in ('ctime_ns_xchg', 'ctime_xchg_skip'):
                mm = re.match(r': ino=(\d+):(\d+):(\d+):', rest)
                if mm and cur is not None:
                    key = (f'{mm.group(1)}:{mm.group(2)}', int(mm.group(3)))
                    (ctime_xchg if name == 'ctime_ns_xchg' else ctime_skip)[key] += 1
            elif name == 'mm_filemap_add_to_page_cache':
                mm = re.match(r': dev (\d+:\d+) ino ([0-9a-f]+) .*order=(\d+)', rest)
                if mm:
                    add_orders[(mm.group(1), int(mm.group(2), 16), int(mm.group(3)))] += 1
            elif name in ('extent_writepage', 'btrfs_ordered_extent_add', 'btrfs_transaction_commit'):
                mm = re.match(r': ([0-9a-f-]{36}): root=\d+\(\S*\)(?: ino=(\d+))?', rest)
                if mm is None:
                    continue
                fsid = mm.group(1)
                if name == 'btrfs_transaction_commit':
                    btrfs_trans[fsid] += 1
                    continue
                ino = int(mm.group(2))
                if name == 'extent_writepage':
                    btrfs_wp[fsid][ino] += 1
                    if mapped_since is not None:
                        btrfs_wp_mapped[fsid][ino] += 1
                    btrfs_wp_idx[fsid][ino].add(int(re.search(r'page_index=(\d+)', rest).group(1)))
                else:
                    btrfs_oe_bytes[fsid][ino] += int(re.search(r' len=(\d+)', rest).group(1))

    # ---- resolve the target files and their bdi ----
    # A mapping first written through a page that was already mapped (a read fault or fault-around
    # mapped it: 0x7 with no mm_filemap_fault) is known by (bdi, ino) only: its superblock dev is
    # the one the workload's filemap events show for that inode number (the header's dev first).
    for mp in {id(w[0]): w[0] for w in write_faults}.values():
        if mp.file is not None and mp.file[0].startswith('bdi:'):
            cands = filemap_devs.get(mp.file[1], Counter())
            dev = header.get('dev') if header.get('dev') in cands else (cands.most_common(1)[0][0] if cands else None)
            if dev is not None:
                bdi = mp.file[0][4:]
                mp.file = (dev, mp.file[1])
                bdi_votes[(mp.file, bdi)] += 1
    files = sorted({tuple(w[0].file) for w in write_faults if w[0].file is not None and not w[0].file[0].startswith('bdi:')})
    bdi_of = {}
    for fkey in files:
        votes = {b: n for (fk, b), n in bdi_votes.items() if fk == fkey}
        if votes:
            bdi_of[fkey] = max(votes, key=votes.get)
    fs_type = header.get('fs', '') or None
    devs = sorted({f[0] for f in files})
    target_dev = header.get('dev') or (devs[0] if devs else None)

    def by_file(counter, key=lambda f: f):
        return sum(counter.get(key(f), 0) for f in files)

    faults = [w for w in write_faults if w[0].file is not None and tuple(w[0].file) in files]
    wf = len(faults)
    dirtied = [w for w in faults if w[3]]
    wp_refaults = sum(1 for w in faults if w[1] & 1 and w[3])
    folio_dirty = sum(dirty_folio.get((bdi_of[f], f[1]), 0) for f in files if f in bdi_of)
    is_btrfs = any(b.startswith('btrfs-') for b in bdi_of.values()) or fs_type == 'btrfs'
    is_xfs = fs_type == 'xfs' or any(k[0] in devs for k in xfs_write_fault)
    is_ext4 = fs_type == 'ext4' or any(k[0] in devs for k in ext4_calls) or any(d in jbd2 for d in devs)
    if fs_type is None:
        fs_type = 'btrfs' if is_btrfs else 'xfs' if is_xfs else 'ext4' if is_ext4 else 'unknown'

    recorded = {e.split(':', 1)[-1] for e in header.get('events', '').split(',') if e}

    def enabled(event):
        # the header lists what the capture enabled; without one, an event is there if it was seen
        return event in recorded if recorded else ev_count[event] > 0

    sync_in_fault = sum(1 for b, i, mp in sync_dirty
                        if mp is not None and mp.file is not None and tuple(mp.file) in files and mp.file[1] == i)
    why_null = {}
    out = {}
    # pages written
    if fs_type == 'ext4':
        out['pages_written'] = by_file(ext4_pages)
        out['pages_written_since_mapped'] = by_file(ext4_pages_mapped)
        out['writepages_calls'] = by_file(ext4_calls)
        out['pages_written_method'] = 'sum of ext4_writepages_result pages_written for the target (dev, ino)'
    elif fs_type == 'xfs':
        out['pages_written'] = by_file(iomap_pages)
        out['pages_written_since_mapped'] = by_file(iomap_pages_mapped)
        out['writeback_folios'] = by_file(iomap_folios)
        out['pages_written_method'] = 'sum of iomap_writeback_folio length/4096 for the target (dev, ino hex)'
    elif fs_type == 'btrfs':
        wanted = {f[1]: dirty_indices.get((bdi_of.get(f), f[1]), set()) for f in files}
        score = {fsid: sum(len(btrfs_wp_idx[fsid][i] & idx) for i, idx in wanted.items()) for fsid in btrfs_wp_idx}
        fsid = max(score, key=score.get) if score and max(score.values()) > 0 else None
        if fsid is None and len(set(btrfs_trans)) == 1:
            # Nothing of the target was written back, but one btrfs filesystem committed: its.
            fsid = next(iter(btrfs_trans))
        out['btrfs_fsid'] = fsid
        if not enabled('extent_writepage'):
            out['pages_written'] = None
            why_null['pages_written'] = 'btrfs:extent_writepage was not recorded: btrfs writeback is invisible'
        elif fsid is None:
            out['pages_written'] = 0
            out['pages_written_since_mapped'] = 0
            out['pages_written_method'] = 'extent_writepage recorded, none for the target inodes'
        else:
            out['pages_written'] = sum(btrfs_wp[fsid].get(f[1], 0) for f in files)
            out['pages_written_since_mapped'] = sum(btrfs_wp_mapped[fsid].get(f[1], 0) for f in files)
            out['ordered_extent_pages'] = sum(btrfs_oe_bytes[fsid].get(f[1], 0) for f in files) // PAGE
            out['pages_written_method'] = ('extent_writepage lines (one per order-0 folio: every folio '
                                           'added here was order 0) for the target ino on the fsid; '
                                           'ordered_extent_pages = sum btrfs_ordered_extent_add len/4096')
    else:
        out['pages_written'] = None
        why_null['pages_written'] = f'no writeback event known for filesystem {fs_type}'

    out['write_faults'] = wf
    out['write_faults_by_code'] = dict(sorted(Counter(hex(w[1]) for w in faults).items()))
    out['write_faults_without_dirtying'] = wf - len(dirtied)
    out['folio_dirtyings'] = folio_dirty
    out['write_protect_refaults'] = wp_refaults
    if fs_type == 'xfs':
        out['xfs_write_fault_events'] = by_file(xfs_write_fault, lambda f: (f[0], f[1]))

    needs = {'ext4': 'ext4_writepages_result', 'xfs': 'iomap_writeback_folio'}
    if fs_type in needs and not enabled(needs[fs_type]):
        out['pages_written'] = None
        why_null['pages_written'] = f'{needs[fs_type]} was not recorded'

    # timestamp updates
    if fs_type == 'ext4':
        out['timestamp_updates'] = sync_in_fault
        out['timestamp_method'] = 'writeback_mark_inode_dirty flags containing I_DIRTY_SYNC inside a write fault on the target'
    elif fs_type == 'xfs':
        out['timestamp_updates'] = by_file(xfs_update_fault)
        out['xfs_update_time_all_tasks'] = by_file(xfs_update)
        out['timestamp_method'] = 'xfs_update_time for the target inode inside a write fault'
    elif fs_type == 'btrfs':
        out['timestamp_updates'] = by_file(ctime_xchg)
        out['timestamp_method'] = ('timestamp:ctime_ns_xchg for the target inode inside a write fault '
                                   '(btrfs_update_time has no tracepoint; multigrain ctime swap is the only trace)')
    else:
        out['timestamp_updates'] = None
        why_null['timestamp_updates'] = 'no timestamp event known for this filesystem'
    tev = {'ext4': 'writeback_mark_inode_dirty', 'xfs': 'xfs_update_time', 'btrfs': 'ctime_ns_xchg'}
    if fs_type in tev and not enabled(tev[fs_type]):
        out['timestamp_updates'] = None
        why_null['timestamp_updates'] = f'{tev[fs_type]} was not recorded'
    out['ctime_ns_xchg_in_fault'] = by_file(ctime_xchg)
    out['ctime_xchg_skip_in_fault'] = by_file(ctime_skip)
    out['i_dirty_sync_in_fault'] = sync_in_fault

    # journal
    if fs_type == 'ext4':
        out['journal'] = {'kind': 'jbd2_handle_start on the device', 'count': jbd2.get(target_dev, 0)}
    elif fs_type == 'xfs':
        out['journal'] = {'kind': 'xfs_trans_commit on the device', 'count': xfs_trans.get(target_dev, 0)}
    elif fs_type == 'btrfs':
        fsid = out.get('btrfs_fsid')
        out['journal'] = {'kind': 'btrfs_transaction_commit on the fsid (whole-filesystem transactions, not per-file handles)',
                          'count': btrfs_trans.get(fsid, 0) if fsid else None}
    jev = {'ext4': 'jbd2_handle_start', 'xfs': 'xfs_trans_commit', 'btrfs': 'btrfs_transaction_commit'}
    if fs_type in jev and not enabled(jev[fs_type]):
        out['journal']['count'] = None
    if out.get('journal', {}).get('count') is None:
        why_null['journal'] = 'no journal event for this filesystem in the capture'

    out['large_folios'] = {str(o): n for (d, i, o), n in sorted(add_orders.items(), key=lambda x: x[0][2])
                           if (d, i) in files}
    out['msync'] = {'count': len(msync_ns), 'p50_us': pct(msync_ns, 50) and round(pct(msync_ns, 50) / 1000, 1),
                    'p90_us': pct(msync_ns, 90) and round(pct(msync_ns, 90) / 1000, 1),
                    'total_ms': round(sum(msync_ns) / 1e6, 3)}

    out['latency'] = latency(lat_path, faults) if lat_path else None
    if lat_path is None:
        why_null['latency'] = 'no latency CSV beside the trace'

    return {
        'capture': path.rsplit('/', 1)[-1],
        'kernel': header.get('kernel'),
        'fs': fs_type,
        'dev': target_dev,
        'lines': lines,
        'target_files': [{'dev': d, 'ino': i, 'bdi': bdi_of.get((d, i))} for d, i in files],
        'workload': {'pids': sorted(pids), 'comms': sorted(comms)},
        **out,
        'why_null': why_null,
    }


FAULT_THRESHOLD_NS = 1000


def latency(lat_path, faults):
    """Faulting stores in the CSV: op=w rows slower than FAULT_THRESHOLD_NS, and (the check) the
    rows whose [t, t+lat] interval (t truncated to the microseconds ftrace prints) holds a trace write
    fault: the capture's clock is mono, the CSV's CLOCK_MONOTONIC, the same clock."""
    rows = []
    with opener(lat_path) as f:
        cols = f.readline().strip().split(',')
        for line in f:
            r = dict(zip(cols, line.strip().split(',')))
            rows.append((int(r['t_ns']), int(r['lat_ns']), r['op']))
    ops = Counter(op for _, _, op in rows)
    w = [(t, l) for t, l, op in rows if op == 'w']
    res = {'rows': dict(sorted(ops.items()))}
    if not w:
        put = [l for _, l, op in rows if op == 'put']
        com = [l for _, l, op in rows if op == 'commit']
        res.update({'faulting_stores': None,
                    'why_null': 'no per-store rows (op=w): the workload times whole puts/commits',
                    'put_p50_ns': pct(put, 50), 'put_p90_ns': pct(put, 90),
                    'commit_p50_ns': pct(com, 50), 'commit_p90_ns': pct(com, 90)})
        return res
    slow = [l for _, l in w if l >= FAULT_THRESHOLD_NS]
    times = sorted(x[2] for x in faults)
    import bisect
    matched = []
    for t, l in w:
        # ftrace prints microseconds: a fault 0.4 us after t may print as t - 0.6 us
        i = bisect.bisect_left(times, t - t % 1000)
        if i < len(times) and times[i] <= t + l:
            matched.append(l)
    res.update({
        'threshold_ns': FAULT_THRESHOLD_NS,
        'stores': len(w),
        'faulting_stores': len(slow),
        'faulting_p50_ns': pct(slow, 50),
        'faulting_p90_ns': pct(slow, 90),
        'stores_800_to_1500_ns': sum(1 for _, l in w if 800 <= l < 1500),
        'stores_holding_a_trace_write_fault': len(matched),
        'matched_p50_ns': pct(matched, 50),
        'matched_p90_ns': pct(matched, 90),
    })
    return res


def main(argv):
    pids, comms, lat, traces, array = [], [], None, [], False
    it = iter(argv)
    for a in it:
        if a == '--pid':
            pids.append(int(next(it)))
        elif a == '--comm':
            comms.append(next(it))
        elif a == '--lat':
            lat = next(it)
        elif a == '--array':
            array = True
        else:
            traces.append(a)
    if not traces:
        print(__doc__, file=sys.stderr)
        return 2
    import os
    results = []
    for t in traces:
        lp = lat
        if lp is None:
            base = re.sub(r'\.trace(\.gz)?$', '', t)
            lp = next((c for c in (base + '.lat.csv.gz', base + '.lat.csv') if os.path.exists(c)), None)
        results.append(count(t, lp, pids, comms))
        if not array:
            print(json.dumps(results[-1]))
    if array:
        print(json.dumps(results, indent=1))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
