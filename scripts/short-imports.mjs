// Gives the wasm's imports from its JS glue short names ("a", "b", … "ba", …), for scripts/precache.mjs.
// wasm-bindgen names each import after the browser API it calls plus a 16-digit hash
// (`__wbg_insertAdjacentHTML_5e59396cd4723582`); the name is written twice, in the wasm's import section and
// as a key of the glue's imports object, and hashes hardly compress. Only the import section changes: the
// code refers to imports by index.

function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

function leb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  let n = index;
  do {
    name = letters[n % letters.length] + name;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return name;
}

// Skips an import's description (function, table, memory, global or tag); returns where the next starts.
function skipImportDescription(bytes, at) {
  const kind = bytes[at++];
  const limits = (k) => {
    const flags = bytes[k++];
    [, k] = readLeb(bytes, k);
    if (flags & 1) [, k] = readLeb(bytes, k);
    return k;
  };
  switch (kind) {
    case 0: // function: type index
      return readLeb(bytes, at)[1];
    case 1: // table: element type, limits
      return limits(at + 1);
    case 2: // memory: limits
      return limits(at);
    case 3: // global: value type, mutability
      return at + 2;
    case 4: // tag: attribute, type index
      return readLeb(bytes, at + 1)[1];
    default:
      throw new Error(`unknown import kind ${kind}`);
  }
}

// Returns the wasm with the imports of the modules `fromGlue` accepts renamed, and the names given (old
// name → new name).
export function shortenImports(wasm, fromGlue) {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const parts = [wasm.subarray(0, 8)];
  const names = new Map();
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, bodyAt] = readLeb(wasm, at + 1);
    const end = bodyAt + size;
    if (id !== 2) {
      parts.push(wasm.subarray(at, end));
      at = end;
      continue;
    }
    const body = wasm.subarray(bodyAt, end);
    let [count, k] = readLeb(body, 0);
    const section = [...leb(count)];
    for (let i = 0; i < count; i++) {
      const [moduleLength, moduleAt] = readLeb(body, k);
      const moduleName = decoder.decode(body.subarray(moduleAt, moduleAt + moduleLength));
      const [fieldLength, fieldAt] = readLeb(body, moduleAt + moduleLength);
      const field = decoder.decode(body.subarray(fieldAt, fieldAt + fieldLength));
      const descriptionAt = fieldAt + fieldLength;
      k = skipImportDescription(body, descriptionAt);
      let name = field;
      if (fromGlue(moduleName)) {
        if (!names.has(field)) names.set(field, shortName(names.size));
        name = names.get(field);
      }
      const moduleBytes = encoder.encode(moduleName);
      const nameBytes = encoder.encode(name);
      section.push(...leb(moduleBytes.length), ...moduleBytes, ...leb(nameBytes.length), ...nameBytes);
      section.push(...body.subarray(descriptionAt, k));
    }
    if (k !== body.length) throw new Error('the import section did not parse to its end');
    parts.push(Uint8Array.from([2, ...leb(section.length), ...section]));
    at = end;
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return { wasm: out, names };
}
