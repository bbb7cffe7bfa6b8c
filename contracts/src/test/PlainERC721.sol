// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {ERC721URIStorage} from "@openzeppelin/contracts/token/ERC721/extensions/ERC721URIStorage.sol";

/// @title PlainERC721: an OpenZeppelin ERC-721 with a bare mint, the reference
/// the gas benchmark compares ModelNFT's mint with. Test-only.
contract PlainERC721 is ERC721 {
    uint256 private _next = 1;

    constructor() ERC721("Plain", "PLAIN") {}

    function mint(address to) external returns (uint256 id) {
        id = _next++;
        _mint(to, id);
    }
}

/// @title PlainERC721URI: the same with an "ipfs://..." string URI per token
/// (OpenZeppelin ERC721URIStorage), to measure what storing the URI costs. Test-only.
contract PlainERC721URI is ERC721URIStorage {
    uint256 private _next = 1;

    constructor() ERC721("PlainURI", "PLAINURI") {}

    function mint(address to, string calldata uri) external returns (uint256 id) {
        id = _next++;
        _mint(to, id);
        _setTokenURI(id, uri);
    }
}
