"""Round 40 (r40h, review40w W#9): comments per reviewed Word plan: count by sos-lint, spans shared by two or more sos-lint comments,
contradicting pairs (a swap comment 'Write "x" instead' sharing or inside a span with a non-swap
error/warning comment). Usage: metrics.py reviewed.docx..."""
import sys, zipfile, re
from lxml import etree
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
q = lambda t: '{%s}%s' % (W, t)


def main(paths) -> None:
    for path in paths:
        z = zipfile.ZipFile(path)
        doc = etree.fromstring(z.read('word/document.xml'))
        cm = etree.fromstring(z.read('word/comments.xml'))
        ours = {}
        for c in cm.findall(q('comment')):
            if c.get(q('author')) == 'sos-lint':
                ours[c.get(q('id'))] = '\n'.join(''.join(t.text or '' for t in p.iter(q('t'))) for p in c.findall(q('p')))
        # character ranges of each comment in document order
        pos, open_, ranges = 0, {}, {}
        for el in doc.iter():
            tag = etree.QName(el).localname
            if tag == 'commentRangeStart': open_[el.get(q('id'))] = pos
            elif tag == 'commentRangeEnd':
                i = el.get(q('id')); ranges[i] = (open_.get(i, pos), pos)
            elif tag in ('t', 'delText') and el.text: pos += len(el.text)
            elif tag == 'p': pos += 1
        spans = {i: ranges[i] for i in ours if i in ranges}
        word = {i: r for i, r in spans.items() if 'sos-lint:' not in ours[i][:9] and '(SOS201)' not in ours[i]}
        shared = set()
        items = sorted(word.items(), key=lambda kv: kv[1])
        contra = 0
        for a in range(len(items)):
            for b in range(a + 1, len(items)):
                (i, (s1, e1)), (j, (s2, e2)) = items[a], items[b]
                if s1 < e2 and s2 < e1:
                    shared |= {i, j}
                    ti, tj = ours[i], ours[j]
                    sw = lambda t: 'instead' in t and 'formal word' in t or 'Write "' in t
                    if sw(ti) != sw(tj) and ('(SOS5' in ti + tj or '(SOS3' in ti + tj):
                        contra += 1
        inside = sum(1 for i in ours if i in word and '\n' in ours[i])
        print(f"{path.rsplit('/',1)[-1]}: {len(ours)} sos-lint comments, {len(word)} on words, {len(shared)} sharing words with another, "
              f"{contra} swap/rewrite pairs on the same words, {inside} merged comments")


if __name__ == "__main__":
    main(sys.argv[1:])
