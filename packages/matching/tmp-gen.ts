import { streamPopulation, writeColumnar } from '@huiqi/testing';
import { renameSync } from 'node:fs';
const f = 'bench/out/population-n2600000-s1.huiqi-col';
writeColumnar(f + '.partial', streamPopulation({ seed: 1, size: 2600000, jurisdiction: 'cn-gd-sz' }));
renameSync(f + '.partial', f);
console.log('done');
