#!/usr/bin/env python3
"""Derives the name finder's gazetteers from public lists (see the NOTICE written beside them).

usage: scripts/derive-gazetteers.py [SHARED_TRAIN_DIR] [OUT_DIR]
  SHARED_TRAIN_DIR  the folder with gazetteers/ (default ../shared/train)
  OUT_DIR           default src/main/resources/org/newsgraph/nlp/gazetteer

Outputs (sorted, deterministic):
  first-names.txt   first names with >= 2,000 US births 1880-2023 (SSA, public domain) that are
                    also in the Census 1990 first-name lists (public domain): drops most common words
  first-name-sex.tsv  name<TAB>F|M for those first names given to one sex in >= 95% of SSA births
  places.tsv        name<TAB>type<TAB>state: US states and counties (Faraday places, MIT, from the
                    Census Gazetteer), US cities with population >= 15,000 and all countries
                    (GeoNames, CC BY 4.0)
"""
import csv, io, os, sys, zipfile

src = sys.argv[1] if len(sys.argv) > 1 else '../shared/train'
out = sys.argv[2] if len(sys.argv) > 2 else 'src/main/resources/org/newsgraph/nlp/gazetteer'
g = os.path.join(src, 'gazetteers')
os.makedirs(out, exist_ok=True)

census = set()
for f in ('census1990_dist.male.first', 'census1990_dist.female.first'):
    with open(os.path.join(g, f)) as fh:
        for line in fh:
            if line.strip():
                census.add(line.split()[0].lower())
first = set()
with open(os.path.join(g, 'ssa_national_first_names_1880_2023.tsv')) as fh:
    r = csv.DictReader(fh, delimiter='\t')
    for row in r:
        if int(row['total_count_1880_2023']) >= 2000 and row['name'].lower() in census:
            first.add(row['name'])
with open(os.path.join(out, 'first-names.txt'), 'w') as fh:
    for n in sorted(first):
        fh.write(n + '\n')

# the sex a first name almost always stands for (>= 95% of its SSA births), for he/she
births = {}
with open(os.path.join(g, 'ssa_national_first_names_1880_2023.tsv')) as fh:
    for row in csv.DictReader(fh, delimiter='\t'):
        if row['name'] in first:
            births.setdefault(row['name'], {}).setdefault(row['sex'], 0)
            births[row['name']][row['sex']] += int(row['total_count_1880_2023'])
with open(os.path.join(out, 'first-name-sex.tsv'), 'w') as fh:
    fh.write('# first name\tF or M: the sex of at least 95% of the US births given the name (SSA 1880-2023)\n')
    for n in sorted(births):
        total = sum(births[n].values())
        for sex, c in sorted(births[n].items()):
            if c >= 0.95 * total:
                fh.write(n + '\t' + sex + '\n')

places = set()
with open(os.path.join(g, 'faraday_places.csv')) as fh:
    for row in csv.DictReader(fh):
        t = row['type']
        if t not in ('state', 'county'):
            continue
        name = row['name']
        if t == 'state':
            places.add((name, 'state', ''))
        else:
            n, _, st = name.rpartition(', ')
            places.add((n, 'county', st))
STATE_CODES = {}
with zipfile.ZipFile(os.path.join(g, 'geonames_cities15000.zip')) as z:
    with z.open('cities15000.txt') as fh:
        for line in io.TextIOWrapper(fh, encoding='utf-8'):
            f = line.rstrip('\n').split('\t')
            if f[8] == 'US' and f[7].startswith('PPL'):
                places.add((f[1], 'city', f[10]))
with open(os.path.join(g, 'geonames_countryInfo.txt'), encoding='utf-8') as fh:
    for line in fh:
        if line.startswith('#') or not line.strip():
            continue
        f = line.rstrip('\n').split('\t')
        places.add((f[4], 'country', ''))
with open(os.path.join(out, 'places.tsv'), 'w') as fh:
    fh.write('# name\ttype\tstate (US state code for counties and cities)\n')
    for p in sorted(places):
        fh.write('\t'.join(p) + '\n')

with open(os.path.join(out, 'NOTICE'), 'w') as fh:
    fh.write("""Gazetteers derived by scripts/derive-gazetteers.py (run it to rebuild them).

first-names.txt, first-name-sex.tsv
  - US Social Security Administration national baby-name files 1880-2023 (public domain, US
    federal government work), aggregated copy from aramshiva/babies.
  - US Census 1990 first-name lists (public domain), copy from treyhunner/names (MIT).
places.tsv
  - Faraday places (faradayio/places, MIT licence, Copyright (c) 2016 Faraday), built from the US
    Census Gazetteer (public domain): US states and counties.
  - GeoNames (https://www.geonames.org), cities15000 and countryInfo, licensed under CC BY 4.0
    (https://creativecommons.org/licenses/by/4.0/): US cities with population >= 15,000, countries.
""")
print(f"first names: {len(first)}, places: {len(places)}")
