package inspect

// Opcodes the scanner gives meaning to.
const (
	opProto         = 0x80
	opStop          = '.'
	opGlobal        = 'c'
	opInst          = 'i'
	opStackGlobal   = 0x93
	opMemoize       = 0x94
	opFrame         = 0x95
	opPut           = 'p'
	opBinPut        = 'q'
	opLongBinPut    = 'r'
	opGet           = 'g'
	opBinGet        = 'h'
	opLongBinGet    = 'j'
	opString        = 'S'
	opUnicode       = 'V'
	opBinString     = 'T'
	opShortBinStr   = 'U'
	opBinUnicode    = 'X'
	opShortBinUni   = 0x8c
	opBinUnicode8   = 0x8d
	opExt1, opExt2  = 0x82, 0x83
	opExt4          = 0x84
	argNone         = 0
	argLine         = -1 // one newline-terminated argument
	argLine2        = -2 // two lines (GLOBAL, INST)
	argLen1         = -3 // 1-byte length, then data
	argLen4         = -4 // 4-byte little-endian length, then data
	argLen8         = -5 // 8-byte length, then data
	argFixedMaxSize = 8
)

// pickleArgs gives, for every opcode of protocols 0–5, the size of its
// argument (> 0) or how the argument is framed (≤ 0). Opcodes not in the
// table are invalid.
var pickleArgs = map[byte]int{
	'(': argNone, '.': argNone, '0': argNone, '1': argNone, '2': argNone, 'F': argLine, 'I': argLine,
	'J': 4, 'K': 1, 'L': argLine, 'M': 2, 'N': argNone, 'P': argLine, 'Q': argNone, 'R': argNone,
	'S': argLine, 'T': argLen4, 'U': argLen1, 'V': argLine, 'X': argLen4, 'a': argNone, 'b': argNone,
	'c': argLine2, 'd': argNone, '}': argNone, 'e': argNone, 'g': argLine, 'h': 1, 'i': argLine2,
	'j': 4, 'l': argNone, ']': argNone, 'o': argNone, 'p': argLine, 'q': 1, 'r': 4, 's': argNone,
	't': argNone, ')': argNone, 'u': argNone, 'G': 8,
	0x80: 1, 0x81: argNone, 0x82: 1, 0x83: 2, 0x84: 4, 0x85: argNone, 0x86: argNone, 0x87: argNone,
	0x88: argNone, 0x89: argNone, 0x8a: argLen1, 0x8b: argLen4,
	'B': argLen4, 'C': argLen1,
	0x8c: argLen1, 0x8d: argLen8, 0x8e: argLen8, 0x8f: argNone, 0x90: argNone, 0x91: argNone,
	0x92: argNone, 0x93: argNone, 0x94: argNone, 0x95: 8,
	0x96: argLen8, 0x97: argNone, 0x98: argNone,
}
