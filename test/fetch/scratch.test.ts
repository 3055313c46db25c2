import fs from 'node:fs';
import { decodeBody } from '../../src/fetch/charset.js';
import { guessLegacyCharset } from '../../src/fetch/charset-guess.js';
const R='/work/shared/realworld/feeds/';
for (const f of ['feedparser-py/encoding/bozo_double-encoded-html.xml','feedparser-py/encoding/bozo_invalid-bytes-with-bom.xml','feedparser-py/encoding/demoronize-1.xml','feedparser-py/encoding/euc-kr-item.xml','feedparser-py/encoding/utf-16be-autodetect.xml','feedparser-py/encoding/utf-16le-bom.xml','feedparser-py/encoding/utf-32le-bom.xml','feedparser-py/encoding/utf-8-bom.xml','feedparser-py/illformed/chardet/big5.xml','feedparser-py/illformed/chardet/euckr.xml','feedparser-py/illformed/chardet/koi8r.xml','feedparser-py/illformed/chardet/shiftjis.xml','feed-rs/rss0/rss_0.91_encoding_1.xml','feed-rs/rss0/rss_0.91_encoding_2.xml','rss-parser/uolNoticias.rss','rss-parser/encoding.rss']) {
  const b = fs.readFileSync(R+f);
  const t = decodeBody(b, null);
  console.log('==', f, guessLegacyCharset(b));
  console.log(t.replace(/<!--[\s\S]*?-->/,'').slice(0, 300).replace(/\n/g,' '));
}
import {test} from 'vitest'; test('x',()=>{});
