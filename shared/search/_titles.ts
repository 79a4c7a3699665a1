import { loadSiteCorpus } from '../cli/load-site-corpus.ts';
const { docs } = loadSiteCorpus();
for (const d of docs) if (d.lang !== 'zh-hant') console.log(d.lang, d.slug, '|', d.title, '|', d.keywords.slice(0, 6).join(','));
