// What a data source needs only for JSON text that is large or not JSON at all: @sel/core's reader,
// which reads in steps and says where text stops being JSON. The data source loads it on first
// use, so a page whose data is well-formed and of ordinary size never downloads it.
export { createJsonReader, safeReadJson } from '@sel/core';
