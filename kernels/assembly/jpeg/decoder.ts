// The decode: plan every buffer from the header, then either stream a
// single-scan sequential file one iMCU row at a time (decode, IDCT, upsample,
// convert), or, for progressive and multi-scan files, read every scan into
// coefficients kept for the whole image (of a progressive file, those the
// scaled IDCT reads: kept-coefficients.ts) and then output them the same way.
import { commit, reserve, reservedBytes } from "./arena";
import { ColourSpace, colourSpace, convertRow } from "./color";
import { checkWithinData, ensureMcuData, startEntropyData, takeMarker } from "./entropy";
import { fail, Fault } from "./errors";
import {
  Component, component, componentCount, latchedQuantCopy, maxV, mcuRows, mcusPerLine, minBlockSize, outputHeight,
  outputWidth, progressive, scaleComponents,
} from "./frame";
import { buildHuffmanTable, STEPS } from "./huffman";
import { huffmanSlot } from "./huffman-spec";
import { inverseDct } from "./idct";
import { readMarkers, restartInterval } from "./markers";
import { expandRecord, prepareKeptCoefficients, recordBytes, valueOffsets } from "./kept-coefficients";
import { decodeAcFirst, decodeAcRefine, decodeDcFirst, decodeDcRefine, resetEndOfBandRun } from "./progressive";
import { quantTable } from "./quant";
import {
  acTableIndex, bitHigh, bitLow, dcTableIndex, scanComponent, scanComponentCount, spectralEnd, spectralStart,
} from "./scan";
import { decodeSequentialBlock } from "./sequential";
import { defineMissingStandardTables } from "./standard-tables";
import { chooseUpsampling, upsampledRow } from "./upsample";

const BLOCK = memory.data(144, 16); // a block's coefficients, and the sequential decoder's spare slot
const ROWS = memory.data(16, 16); // the component rows of one output row
const RING_IMCU_ROWS = 3; // the rows being output, with the one above and the one below for fancy upsampling

let buffered = false;
let output: usize = 0;
let space: ColourSpace = ColourSpace.Gray;

/** Reserves every buffer the decode at scale blockSize/8 needs; returns the memory it will use, in bytes. */
export function plan(blockSize: i32): f64 {
  buffered = progressive || scanComponentCount < componentCount;
  prepareKeptCoefficients();
  space = colourSpace();
  scaleComponents(blockSize);
  for (let i = 0; i < componentCount; i++) {
    const c = component(i);
    chooseUpsampling(c);
    c.stride = c.blocksPerLine * c.blockSize;
    c.ringRows = RING_IMCU_ROWS * c.rowsPerIMcu;
    c.ring = reserve(<u64>c.stride * c.ringRows + 16); // + 16: conversion reads 16 samples at a time
    c.upsampled = reserve(<u64>outputWidth + 64);
    c.recordBytes = progressive ? recordBytes(c.blockSize) : 128; // a multi-scan sequential file keeps whole blocks
    if (buffered) c.coefficients = reserve(<u64>c.blocksPerLine * c.blockRows * c.recordBytes);
    c.quant = latchedQuantCopy(i);
  }
  output = reserve(<u64>outputWidth * outputHeight * 4 + 64); // + 64: conversion writes 16 pixels at a time
  return <f64>reservedBytes();
}

export function outputAddress(): usize {
  return output;
}

/** Decodes the image planned for into RGBA at outputAddress(). */
export function decode(): void {
  commit();
  if (!progressive) defineMissingStandardTables();
  if (buffered) {
    do decodeScan();
    while (readMarkers(takeMarker()));
    outputCoefficients();
  } else {
    decodeScan();
  }
}

// Restart intervals: the MCUs left before the next RSTn, and its number.
let mcusToRestart = 0;
let restartNumber = 0;

/** Decodes the scan whose header was just read: into coefficients, or streamed to the output. */
function decodeScan(): void {
  startScan();
  startEntropyData();
  if (scanComponentCount > 1) {
    for (let row = 0; row < mcuRows; row++) {
      for (let column = 0; column < mcusPerLine; column++) {
        beginMcu();
        for (let i = 0; i < scanComponentCount; i++) {
          const c = component(scanComponent(i));
          for (let y = 0; y < c.v; y++) {
            for (let x = 0; x < c.h; x++) decodeBlock(c, row * c.v + y, column * c.h + x);
          }
        }
        checkWithinData();
      }
      if (!buffered) outputWhenReady(row);
    }
  } else {
    // A scan of one component codes its blocks one by one, without MCU padding.
    const c = component(scanComponent(0));
    for (let blockRow = 0; blockRow < c.heightInBlocks; blockRow++) {
      for (let column = 0; column < c.widthInBlocks; column++) {
        beginMcu();
        decodeBlock(c, blockRow, column);
        checkWithinData();
      }
      if (!buffered && (blockRow + 1) % c.v == 0) outputWhenReady(blockRow / c.v);
    }
    if (!buffered && c.heightInBlocks % c.v != 0) outputWhenReady(c.heightInBlocks / c.v);
  }
  if (!buffered) outputIMcuRow(mcuRows - 1);
}

/** Builds the scan's tables, latches quantization tables and resets predictions and restarts. */
function startScan(): void {
  const dcNeeded = !progressive || (spectralStart == 0 && bitHigh == 0);
  const acNeeded = !progressive || spectralStart > 0;
  for (let i = 0; i < scanComponentCount; i++) {
    const index = scanComponent(i);
    const c = component(index);
    if (dcNeeded) c.dcTable = buildHuffmanTable(huffmanSlot(0, dcTableIndex(index)), !STEPS);
    if (acNeeded) c.acTable = buildHuffmanTable(huffmanSlot(1, acTableIndex(index)), !progressive);
    c.lastDc = 0;
    if (!c.quantLatched) {
      memory.copy(c.quant, quantTable(c.quantIndex), 128); // libjpeg keeps the table a component's first scan saw
      c.quantLatched = true;
    }
  }
  resetEndOfBandRun();
  mcusToRestart = restartInterval;
  restartNumber = 0;
}

/** Handles a restart marker when one is due, and makes sure the MCU's data is in memory. */
function beginMcu(): void {
  if (restartInterval != 0) {
    if (mcusToRestart == 0) {
      const marker = takeMarker();
      if (marker != 0xd0 + restartNumber) fail(Fault.BadRestart, marker);
      restartNumber = (restartNumber + 1) & 7;
      startEntropyData();
      for (let i = 0; i < scanComponentCount; i++) component(scanComponent(i)).lastDc = 0;
      resetEndOfBandRun();
      mcusToRestart = restartInterval;
    }
    mcusToRestart--;
  }
  ensureMcuData();
}

function decodeBlock(c: Component, blockRow: i32, blockColumn: i32): void {
  if (!buffered) {
    zeroBlock();
    decodeSequentialBlock(BLOCK, c);
    inverseDct(c.blockSize, BLOCK, c.quant, ringAt(c, blockRow, blockColumn), c.stride);
    return;
  }
  const block = c.coefficients + (<usize>blockRow * c.blocksPerLine + blockColumn) * c.recordBytes;
  if (!progressive) {
    zeroBlock();
    decodeSequentialBlock(BLOCK, c); // its spare slot is the next block's start in the coefficients
    memory.copy(block, BLOCK, 128);
  } else if (spectralStart == 0) {
    if (bitHigh == 0) decodeDcFirst(block, c, bitLow);
    else decodeDcRefine(block, bitLow);
  } else if (bitHigh == 0) decodeAcFirst(block, valueOffsets(c.blockSize), c.acTable, spectralStart, spectralEnd, bitLow);
  else decodeAcRefine(block, valueOffsets(c.blockSize), c.acTable, spectralStart, spectralEnd, bitLow);
}

function zeroBlock(): void {
  for (let row: usize = 0; row < 128; row += 16) v128.store(BLOCK + row, i64x2.splat(0));
}

/** Where a block's samples go in its component's ring of rows. */
function ringAt(c: Component, blockRow: i32, blockColumn: i32): usize {
  const row = (blockRow * c.blockSize) % c.ringRows;
  return c.ring + <usize>row * c.stride + <usize>(blockColumn * c.blockSize);
}

/** After iMCU row `row` is in the rings, outputs the one before it (whose fancy upsampling needs this one). */
function outputWhenReady(row: i32): void {
  if (row > 0) outputIMcuRow(row - 1);
}

/** The output pass of a buffered decode: the IDCT of every block, one iMCU row at a time. */
function outputCoefficients(): void {
  for (let row = 0; row < mcuRows; row++) {
    for (let i = 0; i < componentCount; i++) {
      const c = component(i);
      const end = min((row + 1) * c.v, c.heightInBlocks);
      for (let blockRow = row * c.v; blockRow < end; blockRow++) {
        let block = c.coefficients + <usize>blockRow * c.blocksPerLine * c.recordBytes;
        for (let column = 0; column < c.widthInBlocks; column++, block += c.recordBytes) {
          let natural = block;
          if (progressive) {
            zeroBlock();
            expandRecord(block, c.blockSize, BLOCK);
            natural = BLOCK;
          }
          inverseDct(c.blockSize, natural, c.quant, ringAt(c, blockRow, column), c.stride);
        }
      }
    }
    outputWhenReady(row);
  }
  outputIMcuRow(mcuRows - 1);
}

/** Upsamples and converts the output rows of iMCU row `row`. */
function outputIMcuRow(row: i32): void {
  const rowsPerIMcu = maxV * minBlockSize;
  const end = min((row + 1) * rowsPerIMcu, outputHeight);
  for (let y = row * rowsPerIMcu; y < end; y++) {
    for (let i = 0; i < componentCount; i++) store<usize>(ROWS + (<usize>i << 2), upsampledRow(component(i), y));
    convertRow(space, ROWS, output + <usize>y * outputWidth * 4, outputWidth);
  }
}
