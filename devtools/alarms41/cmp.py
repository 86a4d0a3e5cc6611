"""cmp.py BEFORE AFTER: per group (set39 / good20-38 / words14-38 good rows / corpus) alarms on good statements and
must-not-flag hits, and every statement whose findings changed."""
import json, sys
from collections import Counter
def load(p):
    return {(r['src'], r['id']): r for r in map(json.loads, open(p))}
a, b = load(sys.argv[1]), load(sys.argv[2])
def grp(src):
    if src == 'corpus': return 'corpus'
    n = int(src.split('test')[1])
    if n == 39: return src.split('_')[0] + '39'
    return 'good20-38' if src.startswith('good') else 'words14-38'
for name, d in (('before', a), ('after', b)):
    c = Counter(); s = Counter(); m = Counter()
    for k, r in d.items():
        g = grp(r['src']); m[g] += len(r['mnf'])
        if r['good']: s[g] += 1; c[g] += len(r['findings'])
    print(name, {g: (c[g], s[g], round(c[g] / s[g], 3) if s[g] else None, 'mnf', m[g]) for g in sorted(set(s) | set(m))})
for k in a:
    fa = Counter((f['code'], f['words']) for f in a[k]['findings']); fb = Counter((f['code'], f['words']) for f in b[k]['findings'])
    ma = Counter((x['words'], tuple(x['by'])) for x in a[k]['mnf']); mb = Counter((x['words'], tuple(x['by'])) for x in b[k]['mnf'])
    if fa != fb or ma != mb:
        print(k, 'lost', list((fa - fb).elements()), list((ma - mb).elements()), 'gained', list((fb - fa).elements()), list((mb - ma).elements()))
print('recall (word types / structure) and poor-row non-hint findings per group')
for name, d in (('before', a), ('after', b)):
    rec = Counter(); tot = Counter(); pc = Counter()
    for k, r in d.items():
        g = grp(r['src'])
        for t, h in r.get('hits', []):
            kind = 'struct' if t in ('compliance', 'absence') else 'word'
            rec[(g, kind)] += h; tot[(g, kind)] += 1
        pc[g] += len(r.get('poor_codes', []))
    print(name, {f'{g}/{k}': f'{rec[(g, k)]}/{tot[(g, k)]}' for g, k in sorted(tot)}, 'poor findings', dict(pc))
for k in a:
    if a[k].get('hits') != b[k].get('hits'):
        print(k, 'hits', a[k].get('hits'), '->', b[k].get('hits'))
