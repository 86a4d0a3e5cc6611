import json,sys
from collections import Counter
def load(p):
    rows=[json.loads(l) for l in open(p)]
    return {(r['src'],r['id']):r for r in rows}
a,b=load(sys.argv[1]),load(sys.argv[2])
def grp(src):
    if src=='corpus': return 'corpus'
    n=int(src.split('test')[1]); return 'set37' if n==37 else 'pool'
for name,d in (('before',a),('after',b)):
    c=Counter(); s=Counter(); bycode=Counter()
    for k,r in d.items():
        g=grp(r['src']); s[g]+=1; c[g]+=len(r['findings'])
        for f in r['findings']: bycode[(g,f['code'])]+=1
    print(name, {g:(c[g],s[g],round(c[g]/s[g],3)) for g in s})
for k in a:
    fa=Counter((f['code'],f['words']) for f in a[k]['findings']); fb=Counter((f['code'],f['words']) for f in b[k]['findings'])
    if fa!=fb: print(k, 'lost', list((fa-fb).elements()), 'gained', list((fb-fa).elements()))
