import json,sys
for p in sys.argv[1:]:
    d=json.load(open(p))
    def agg(names):
        rec=[0,0]; struct=[0,0]; mnf=[0,0]; good=[0,0]
        for n in names:
            f=d[n]
            for t,v in f['recall_by_type'].items():
                if t in('compliance','absence'): struct[0]+=v['found']; struct[1]+=v['marked']
                else: rec[0]+=v['found']; rec[1]+=v['marked']
            for r,v in f['must_not_flag_by_reason'].items(): mnf[0]+=v['flagged']; mnf[1]+=v['marked']
            g=f['good_statements']; good[1]+=g; good[0]+=round((f['alarms_per_good_probe'] or 0)*g)
        return rec,struct,mnf,good
    W=[f"words_test{i}.jsonl" for i in range(14,37)]; G=[f"good_test{i}.jsonl" for i in range(20,37)]
    print(p)
    for name,names in (("pool words14-36",W),("pool good20-36",G),("words37",["words_test37.jsonl"]),("good37",["good_test37.jsonl"])):
        rec,struct,mnf,good=agg(names)
        print(f"  {name:16} recall {rec[0]}/{rec[1]}  struct {struct[0]}/{struct[1]}  mnf {mnf[0]}/{mnf[1]}  good alarms {good[0]}/{good[1]} = {good[0]/max(1,good[1]):.3f}")
    print("  seed per", d['seed_per'])
    cp=d['corpus_poor']; print("  corpus poor SOS301/101/402/512:", cp.get('SOS301'), cp.get('SOS101'), cp.get('SOS402'), cp.get('SOS512'), 'total', sum(cp.values()))
