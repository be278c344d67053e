import { describe, expect, it } from 'vitest';
import { backgroundEffects, oneParagraphProperties, withoutMissingOverrides } from './pptxRepairs';

describe('withoutMissingOverrides', () => {
  it('drops overrides of parts the package does not hold, and keeps the rest', () => {
    const xml =
      '<Types><Default Extension="png" ContentType="image/png"/>' +
      '<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="m"/>' +
      '<Override PartName="/ppt/slideMasters/slideMaster2.xml" ContentType="m"/>' +
      '<Override PartName="/ppt/slides/slide2.xml" ContentType="s"/></Types>';
    const held = new Set(['ppt/slideMasters/slideMaster1.xml', 'ppt/slides/slide2.xml']);
    expect(withoutMissingOverrides(xml, (part) => held.has(part))).toBe(
      '<Types><Default Extension="png" ContentType="image/png"/>' +
        '<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="m"/>' +
        '<Override PartName="/ppt/slides/slide2.xml" ContentType="s"/></Types>',
    );
  });
});

describe('oneParagraphProperties', () => {
  it('keeps a paragraph’s first properties and drops those pptxgenjs puts before later runs', () => {
    const xml =
      '<a:p><a:pPr algn="l"><a:buNone/></a:pPr><a:r><a:t>Data as of 2026</a:t></a:r>' +
      '<a:pPr algn="l"><a:buNone/></a:pPr><a:r><a:t> · </a:t></a:r><a:pPr algn="l"/><a:r><a:t>link</a:t></a:r></a:p>' +
      '<a:p><a:pPr lvl="1"/><a:r><a:t>second</a:t></a:r></a:p>';
    expect(oneParagraphProperties(xml)).toBe(
      '<a:p><a:pPr algn="l"><a:buNone/></a:pPr><a:r><a:t>Data as of 2026</a:t></a:r><a:r><a:t> · </a:t></a:r><a:r><a:t>link</a:t></a:r></a:p>' +
        '<a:p><a:pPr lvl="1"/><a:r><a:t>second</a:t></a:r></a:p>',
    );
  });
});

describe('backgroundEffects', () => {
  it('adds the effect list a solid background needs, once', () => {
    const xml = '<p:bg><p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></p:bgPr></p:bg>';
    const fixed = backgroundEffects(xml);
    expect(fixed).toBe('<p:bg><p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>');
    expect(backgroundEffects(fixed)).toBe(fixed);
  });
});
