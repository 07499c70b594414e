// pptxgenjs as this NodeNext project sees it. The package ships an ES build (its "import"
// condition, whose default export is the class) but no "type": "module", so TypeScript reads
// its types as CommonJS and puts the class one `.default` deeper than Node does. This module
// takes the class from either shape and names the types the other pptx modules use (the
// namespace of types sits at `.default`, the class at `.default.default`).
import type * as Types from 'pptxgenjs';
import * as runtime from 'pptxgenjs';

type Lib = typeof Types.default.default;
export type Pres = InstanceType<Lib>;
export type PptxSlide = Types.default.Slide;
export type TextRun = Types.default.TextProps;
export type TextOptions = Types.default.TextPropsOptions;
export type MasterObjects = NonNullable<Types.default.SlideMasterProps['objects']>;
export type PlaceholderType = Types.default.PLACEHOLDER_TYPE;

const loaded = (runtime as unknown as { default: { default?: unknown } }).default;
export const PptxGenJS = (loaded.default ?? loaded) as Lib;
