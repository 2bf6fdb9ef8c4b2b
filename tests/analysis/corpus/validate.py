#!/usr/bin/env python3
"""validate.py FILE.json -- checks a corpus file against the labelling guide's format."""
import json, sys, collections
KINDS = ['social','incident','handoff','review','decision','question','request','status','fyi']
URG = ['urgent','same-day','normal','fyi']
PARTS = ['context','state','options','recommendation','ask','deadline','owner','evidence']
def main(p):
    d = json.load(open(p)); errs = []
    if 'provenance' not in d: errs.append('missing top-level "provenance"')
    ms = d.get('messages', []); ids = set()
    for i, m in enumerate(ms):
        w = f"message {i} ({m.get('id')})"
        for k in ('id','text','conversation','applicable','kind','urgency','present','note'):
            if k not in m: errs.append(f'{w}: missing {k}')
        if m.get('id') in ids: errs.append(f'{w}: duplicate id')
        ids.add(m.get('id'))
        if m.get('conversation') not in ('direct','group','channel'): errs.append(f'{w}: conversation')
        if m.get('kind') not in KINDS: errs.append(f'{w}: kind {m.get("kind")}')
        if m.get('urgency') not in URG: errs.append(f'{w}: urgency {m.get("urgency")}')
        pr = m.get('present', [])
        if any(x not in PARTS for x in pr) or len(set(pr)) != len(pr): errs.append(f'{w}: present {pr}')
        if m.get('applicable') is False:
            if m.get('notApplicable') not in ('social','language'): errs.append(f'{w}: notApplicable')
            if pr: errs.append(f'{w}: not applicable but parts present')
            if m.get('notApplicable') == 'social' and m.get('kind') != 'social': errs.append(f'{w}: social kind')
        elif m.get('applicable') is True:
            if m.get('kind') == 'social': errs.append(f'{w}: applicable but social')
            if 'notApplicable' in m: errs.append(f'{w}: notApplicable on applicable')
        else: errs.append(f'{w}: applicable must be true/false')
        if not str(m.get('text','')).strip(): errs.append(f'{w}: empty text')
    for i, p_ in enumerate(d.get('pairs', [])):
        for k in ('worse','better','note'):
            if k not in p_: errs.append(f'pair {i}: missing {k}')
    for e in errs[:50]: print('ERROR', e)
    c = collections.Counter; print(len(ms), 'messages,', len(d.get('pairs', [])), 'pairs')
    print('kinds', dict(c(m.get('kind') for m in ms)))
    print('urgency', dict(c(m.get('urgency') for m in ms)))
    print('conversation', dict(c(m.get('conversation') for m in ms)))
    print('not applicable', dict(c(m.get('notApplicable') for m in ms if m.get('applicable') is False)))
    print('parts', dict(c(x for m in ms for x in m.get('present', []))))
    sys.exit(1 if errs else 0)
main(sys.argv[1])
