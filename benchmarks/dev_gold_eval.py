"""Events against the development gold set tests/gold/dev (issue 6): .venv/bin/python benchmarks/dev_gold_eval.py"""
import glob
import json

from marsad.evaluate import evaluate, format_table
from marsad.inputs import page_from_record
from marsad.pipeline import process_page

golds={}
for f in glob.glob('tests/gold/dev/*.gold.json'):
    g=json.load(open(f)); golds[g['source'].split(':',1)[1]]=g
recs={}
for f in glob.glob('/work/shared/data/saudinewsnet/*.jsonl'):
    for line in open(f):
        r=json.loads(line)
        if r['id'] in golds: recs[r['id']]=r
pairs=[]
for i,g in golds.items():
    r=dict(recs[i]); r['published']=g.get('published')
    p=page_from_record(r,'x')
    pairs.append(([process_page(p).model_dump(mode='json')],g))
print(format_table(evaluate(pairs)))
