// @ts-check
'use strict';
/**
 * Writing a list of VMs back to XML, in its own process.
 * Options: { subject: 'sdk' | 'sdk-buffer' | 'fxp', file, warmup, runs }.
 *
 * The input comes from each side's own reader, outside the timed region:
 * the SDK writes the typed objects Reader.read gave; fast-xml-parser's
 * XMLBuilder writes the tree its XMLParser gave. Both write the same
 * document: the SDK's writers leave out what a client never sends (the
 * <actions> and <link> elements of the corpus, about 40% of its bytes), so
 * when the SDK is available fast-xml-parser parses the SDK's output and
 * builds that (result `document: 'sdk-output'`); without the SDK it builds
 * the corpus document (`document: 'corpus'`). Neither indents. The baseline
 * is taken with the input in memory, so peak RSS is the writer's own.
 */
const fs = require('node:fs');
const { measure, worker, requireSdk } = require('../common');

worker((opts) => {
  const buf = fs.readFileSync(opts.file);
  /** @type {() => string | Buffer} */
  let fn;
  let document = 'sdk-output';
  if (opts.subject === 'sdk' || opts.subject === 'sdk-buffer') {
    const { Reader, Writer } = requireSdk('write');
    const vms = Reader.read(buf);
    fn = opts.subject === 'sdk' ? () => Writer.write(vms) : () => Writer.writeBuffer(vms);
  } else if (opts.subject === 'fxp') {
    const { XMLParser, XMLBuilder } = require('fast-xml-parser');
    const o = { ignoreAttributes: false, attributeNamePrefix: '@_' };
    let xml = buf.toString('utf8');
    document = 'corpus';
    try {
      const { Reader, Writer } = requireSdk('write');
      xml = Writer.write(Reader.read(buf));
      document = 'sdk-output';
    } catch {
      // no SDK yet: build the corpus document
    }
    const doc = new XMLParser(o).parse(xml);
    xml = '';
    const builder = new XMLBuilder({ ...o, format: false, suppressEmptyNode: true });
    fn = () => builder.build(doc);
  } else {
    throw new Error(`unknown subject ${opts.subject}`);
  }
  // items = the length of the output (characters, or bytes for writeBuffer)
  return measure(opts, fn, (r) => r.length).then((r) => ({ inputBytes: buf.length, document, ...r }));
});
