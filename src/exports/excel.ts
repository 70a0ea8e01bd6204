// exceljs is the largest module Samskab loads (seconds on a busy machine, against a few hundred
// milliseconds for everything else at start-up), and most requests and CLI commands never make or
// read a spreadsheet. It is loaded on first use and kept.
import type ExcelJSModule from 'exceljs';

let loading: Promise<typeof ExcelJSModule> | undefined;

export function loadExcel(): Promise<typeof ExcelJSModule> {
  loading ??= import('exceljs').then((module) => module.default);
  return loading;
}
