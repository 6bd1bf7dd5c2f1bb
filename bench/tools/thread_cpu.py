#!/usr/bin/env python3
"""CPU by thread group of the benchmark's two JVMs, every 0.25 s, while a part runs.

The harness prints CPU per command by thread group for the throughput part only. For the replay part (two JVMs: the
harness with the broker and the MongoDB-protocol server, and the query node) this samples
/proc/<pid>/task/*/stat of every java process and prints, per interval, the cores each JVM kept busy and the
largest groups (replay workers, JIT compilers, GC, the server's workers).

    python3 bench/tools/thread_cpu.py record /tmp/cpu.jsonl 90 &     # seconds to record
    ./bench.sh --backend memory --only replay
    python3 bench/tools/thread_cpu.py show /tmp/cpu.jsonl

A JVM is "bench" when its command line names the harness jar (plenary-bench), "query" for the query node's jar.
Thread names have their digits replaced by N, so pools add up. Figures are % of one core.
"""
import json
import os
import re
import sys
import time

TICKS = os.sysconf('SC_CLK_TCK')


def record(path, seconds):
    with open(path, 'w') as out:
        start = time.time()
        while time.time() - start < seconds:
            sample = {'t': round(time.time() - start, 2)}
            for pid in filter(str.isdigit, os.listdir('/proc')):
                try:
                    cmd = open(f'/proc/{pid}/cmdline', 'rb').read().split(b'\0')
                    if not cmd or not cmd[0].endswith(b'java'):
                        continue
                    tag = ('bench' if any(b'plenary-bench' in c for c in cmd)
                           else 'query' if any(b'plenary-query' in c for c in cmd) else 'java' + pid)
                    groups = {}
                    for task in os.listdir(f'/proc/{pid}/task'):
                        try:
                            stat = open(f'/proc/{pid}/task/{task}/stat').read()
                        except OSError:
                            continue
                        name = re.sub(r'\d+', 'N', stat[stat.index('(') + 1:stat.rindex(')')])
                        fields = stat[stat.rindex(')') + 2:].split()
                        groups[name] = groups.get(name, 0) + int(fields[11]) + int(fields[12])
                    sample[tag] = groups
                except OSError:
                    pass
            out.write(json.dumps(sample) + '\n')
            out.flush()
            time.sleep(0.25)


def show(path):
    samples = [json.loads(line) for line in open(path)]
    groups = {'replay': lambda k: k.startswith('plenary-replay'), 'jit': lambda k: 'Compiler' in k,
              'gc': lambda k: k.startswith('GC') or k.startswith('G1'), 'server': lambda k: 'mongo-server' in k}

    def busy(now, before, tag, keep=lambda k: True):
        total = sum(v for k, v in now.get(tag, {}).items() if keep(k)) - sum(
            v for k, v in before.get(tag, {}).items() if keep(k))
        return max(0.0, 100.0 * total / TICKS / (now['t'] - before['t']))  # threads that ended count 0

    for before, now in zip(samples, samples[1:]):
        if 'query' not in now or 'query' not in before:
            continue
        q = ' '.join(f'{g} {busy(now, before, "query", f):4.0f}' for g, f in groups.items() if g != 'server')
        b = ' '.join(f'{g} {busy(now, before, "bench", f):4.0f}' for g, f in groups.items() if g in ('server', 'jit'))
        print(f"{now['t']:7.2f} s  query {busy(now, before, 'query'):4.0f} ({q})  bench {busy(now, before, 'bench'):4.0f} ({b})")


if __name__ == '__main__':
    if len(sys.argv) == 4 and sys.argv[1] == 'record':
        record(sys.argv[2], float(sys.argv[3]))
    elif len(sys.argv) == 3 and sys.argv[1] == 'show':
        show(sys.argv[2])
    else:
        sys.exit(__doc__)
