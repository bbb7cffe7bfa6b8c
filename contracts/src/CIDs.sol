// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice The CID bytes are not a CIDv1 with a 32-byte sha2-256 multihash.
error InvalidCID();

/// @title CIDs: compact storage of IPFS CIDs.
/// @notice A CIDv1 with a sha2-256 multihash is a short head (version, codec,
/// hash code 0x12, length 0x20) followed by the 32-byte digest. Storing the
/// digest as one bytes32 and the head as a small integer costs one storage slot
/// instead of the three a `bytes` or the three a "ipfs://..." string would take.
/// The head of a raw-codec CID (bafkrei..., what an importer makes of a small
/// JSON file) is the default and is not stored at all.
library CIDs {
    /// Head of a CIDv1, raw codec, sha2-256: 0x01 0x55 0x12 0x20, length 4.
    uint72 internal constant DEFAULT_HEAD = (4 << 64) | 0x01551220;

    /// Splits a binary CID into its 32-byte digest and its packed head
    /// ((length << 64) | head bytes as a big-endian integer).
    /// Reverts with InvalidCID unless the CID is a CIDv1 whose multihash is
    /// sha2-256 with a 32-byte digest, and the head is at most 8 bytes.
    function split(bytes calldata cid) internal pure returns (bytes32 tail, uint72 head) {
        uint256 n = cid.length;
        if (n < 36 || n > 40) revert InvalidCID();
        uint256 headLen = n - 32;
        if (cid[0] != 0x01 || cid[headLen - 2] != 0x12 || cid[headLen - 1] != 0x20) revert InvalidCID();
        uint256 h;
        for (uint256 i = 0; i < headLen; ++i) {
            h = (h << 8) | uint8(cid[i]);
        }
        head = uint72((headLen << 64) | h);
        tail = bytes32(cid[headLen:]);
    }

    /// Joins a head and digest back into the binary CID.
    function join(uint72 head, bytes32 tail) internal pure returns (bytes memory cid) {
        uint256 headLen = uint256(head >> 64);
        uint256 h = uint256(head & 0xffffffffffffffff);
        cid = new bytes(headLen + 32);
        for (uint256 i = 0; i < headLen; ++i) {
            cid[i] = bytes1(uint8(h >> (8 * (headLen - 1 - i))));
        }
        assembly ("memory-safe") {
            mstore(add(add(cid, 0x20), headLen), tail)
        }
    }

    /// Renders a binary CID as "ipfs://b<base32>", the multibase form of a CIDv1.
    function uri(bytes memory cid) internal pure returns (string memory) {
        bytes memory alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        uint256 chars = (cid.length * 8 + 4) / 5;
        bytes memory out = new bytes(8 + chars);
        bytes memory prefix = "ipfs://b";
        for (uint256 i = 0; i < 8; ++i) {
            out[i] = prefix[i];
        }
        uint256 buffer;
        uint256 bits;
        uint256 o = 8;
        for (uint256 i = 0; i < cid.length; ++i) {
            buffer = (buffer << 8) | uint8(cid[i]);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                out[o++] = alphabet[(buffer >> bits) & 31];
            }
            buffer &= (1 << bits) - 1;
        }
        if (bits > 0) {
            out[o] = alphabet[(buffer << (5 - bits)) & 31];
        }
        return string(out);
    }
}
