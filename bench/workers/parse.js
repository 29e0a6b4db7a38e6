// @ts-check
'use strict';
/**
 * One parser over one corpus file, in its own process (so its peak RSS is
 * its own). Options (JSON in argv[2]): { subject, file, warmup, runs }.
 *
 * Every subject gets the Buffer as read from disk, and each timed run pays
 * whatever that subject needs from there, as a user would: the SDK is handed
 * the Buffer; txml, fast-xml-parser and saxes take a string, so the UTF-8
 * decode (~3 ms per MB here) is inside their time.
 */
const fs = require('node:fs');
const { measure, worker, requireSdk } = require('../common');

/** @type {Record<string, () => { fn: (buf: Buffer) => any, count: (r: any) => number }>} */
const SUBJECTS = {
  sdk() {
    const { Reader } = requireSdk('read');
    return {
      fn: (buf) => Reader.read(buf),
      count: (r) => (Array.isArray(r) ? r.length : -1),
    };
  },

  txml() {
    const txml = require('txml');
    return {
      fn: (buf) => txml.parse(buf.toString('utf8')),
      // [<?xml?> node, root element]: count the root's element children
      count: (r) => {
        const root = r.find((/** @type {any} */ n) => typeof n === 'object' && n.tagName && n.tagName[0] !== '?');
        return root ? root.children.filter((/** @type {any} */ c) => typeof c === 'object').length : -1;
      },
    };
  },

  fxp() {
    const { XMLParser } = require('fast-xml-parser');
    const parser = new XMLParser({ ignoreAttributes: false });
    return {
      fn: (buf) => parser.parse(buf.toString('utf8')),
      count: (r) => {
        const rootName = Object.keys(r).find((k) => k !== '?xml');
        const root = rootName ? r[rootName] : undefined;
        const items = root && Object.entries(root).find(([k]) => !k.startsWith('@_'));
        return items ? (Array.isArray(items[1]) ? items[1].length : 1) : -1;
      },
    };
  },

  saxes() {
    const { SaxesParser } = require('saxes');
    /**
     * The smallest useful tree: { name, attributes, children }, text kept
     * when it is not only whitespace (as the other parsers do).
     * @param {string} text
     */
    function parse(text) {
      const parser = new SaxesParser();
      /** @type {any} */
      const doc = { name: '#document', attributes: {}, children: [] };
      const stack = [doc];
      let top = doc;
      parser.on('opentag', (tag) => {
        const node = { name: tag.name, attributes: tag.attributes, children: [] };
        top.children.push(node);
        stack.push(node);
        top = node;
      });
      parser.on('closetag', () => {
        stack.pop();
        top = stack[stack.length - 1];
      });
      parser.on('text', (t) => {
        if (t.trim() !== '') top.children.push(t);
      });
      parser.on('error', (e) => {
        throw e;
      });
      parser.write(text).close();
      return doc;
    }
    return {
      fn: (buf) => parse(buf.toString('utf8')),
      count: (r) => (r.children[0] ? r.children[0].children.filter((/** @type {any} */ c) => typeof c === 'object').length : -1),
    };
  },
};

worker((opts) => {
  const make = SUBJECTS[opts.subject];
  if (!make) throw new Error(`unknown subject ${opts.subject}`);
  const { fn, count } = make();
  const buf = fs.readFileSync(opts.file);
  return measure(opts, () => fn(buf), count).then((r) => ({ bytes: buf.length, ...r }));
});
