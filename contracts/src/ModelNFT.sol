// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {IERC721Metadata} from "@openzeppelin/contracts/token/ERC721/extensions/IERC721Metadata.sol";
import {IERC721Receiver} from "@openzeppelin/contracts/token/ERC721/IERC721Receiver.sol";
import {IERC2981} from "@openzeppelin/contracts/interfaces/IERC2981.sol";
import {IERC4906} from "@openzeppelin/contracts/interfaces/IERC4906.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {CIDs, InvalidCID} from "./CIDs.sol";
import {IModelNFT} from "./interfaces/IModelNFT.sol";

/// @title ModelNFT: AI models and art as ERC-721 tokens with EIP-2981 royalties
/// and an append-only version history (EIP-4906 on every new version).
/// @notice The ERC-721 state is written here rather than inherited so that a
/// token's owner, transfer count, version count and royalty share one storage
/// slot: a transfer writes one slot for the token, a mint pays for the owner,
/// creator, digest and CID and nothing else. Approvals may only name operators
/// the contract owner allow-listed (contracts that pay royalties); plain
/// transfers by the token's owner stay possible. The contract owner can
/// allow-list operators but cannot move anyone's token: an operator still needs
/// the token owner's approval.
contract ModelNFT is IERC721Metadata, IERC2981, IERC4906, IModelNFT, Ownable2Step {
    /// Largest royalty a token can carry: 10 %.
    uint16 public constant MAX_ROYALTY_BPS = 1_000;

    struct Token {
        address owner;
        uint32 transfers; // bumped on every transfer; listings and offers bind to it
        uint32 versions; // published versions, at least 1 once minted
        uint16 royaltyBps;
        bool otherReceiver; // royalty goes to _royaltyReceivers, not the creator
    }

    struct Version {
        bytes32 cidTail; // the CID's 32-byte sha2-256 digest
        bytes32 digest; // sha256 of the content
    }

    struct TokenApproval {
        address approved;
        uint32 atTransfers; // the approval dies when the token moves
    }

    uint256 private _nextTokenId = 1;
    mapping(uint256 tokenId => Token) private _tokens;
    mapping(uint256 tokenId => address) private _creators;
    mapping(uint256 tokenId => address) private _royaltyReceivers;
    mapping(uint256 tokenId => mapping(uint256 index => Version)) private _versions;
    mapping(uint256 tokenId => mapping(uint256 index => uint72)) private _cidHeads; // only non-default heads
    mapping(address owner => uint256) private _balances;
    mapping(uint256 tokenId => TokenApproval) private _tokenApprovals;
    mapping(address owner => mapping(address operator => bool)) private _operatorApprovals;

    /// Operators token owners may approve (the Marketplace, the LicenseManager).
    mapping(address operator => bool) public allowedOperators;

    /// A token was created; `digest` is the sha256 of its content.
    event Minted(
        uint256 indexed tokenId,
        bytes32 indexed digest,
        address indexed creator,
        bytes cid,
        address royaltyReceiver,
        uint16 royaltyBps
    );
    /// The token's owner appended version `version`; `digest` sits at the same
    /// topic position as in Minted so one log filter finds a file's token.
    event VersionPublished(
        uint256 indexed tokenId, bytes32 indexed digest, uint256 version, bytes cid, string note
    );
    /// The contract owner allowed or disallowed an operator.
    event OperatorAllowed(address indexed operator, bool allowed);

    error ERC721NonexistentToken(uint256 tokenId);
    error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner);
    error ERC721InsufficientApproval(address operator, uint256 tokenId);
    error ERC721InvalidReceiver(address receiver);
    error ERC721InvalidOwner(address owner);
    error ERC721InvalidApprover(address approver);
    /// Approvals may only name allow-listed operators.
    error OperatorNotAllowed(address operator);
    error RoyaltyTooHigh(uint16 royaltyBps, uint16 maxRoyaltyBps);
    error InvalidRoyaltyReceiver();
    error EmptyDigest();
    error NotTokenOwner(uint256 tokenId, address account);
    error VersionNotFound(uint256 tokenId, uint256 index);

    constructor(address initialOwner) Ownable(initialOwner) {}

    // ---- minting and versions ----

    /// Mints a token to `to` with its first version. The caller is recorded as
    /// the creator. `cid` is the binary CIDv1 of the metadata, `digest` the
    /// sha256 of the content. A royalty of `royaltyBps` (at most MAX_ROYALTY_BPS)
    /// goes to `royaltyReceiver`.
    function mint(address to, bytes calldata cid, bytes32 digest, address royaltyReceiver, uint16 royaltyBps)
        external
        returns (uint256 tokenId)
    {
        if (to == address(0)) revert ERC721InvalidReceiver(address(0));
        if (royaltyBps > MAX_ROYALTY_BPS) revert RoyaltyTooHigh(royaltyBps, MAX_ROYALTY_BPS);
        if (royaltyBps != 0 && royaltyReceiver == address(0)) revert InvalidRoyaltyReceiver();
        if (digest == bytes32(0)) revert EmptyDigest();
        (bytes32 tail, uint72 head) = CIDs.split(cid);

        tokenId = _nextTokenId;
        unchecked {
            _nextTokenId = tokenId + 1;
            _balances[to] += 1;
        }
        bool other = royaltyBps != 0 && royaltyReceiver != msg.sender;
        _tokens[tokenId] =
            Token({owner: to, transfers: 0, versions: 1, royaltyBps: royaltyBps, otherReceiver: other});
        _creators[tokenId] = msg.sender;
        if (other) _royaltyReceivers[tokenId] = royaltyReceiver;
        _versions[tokenId][0] = Version({cidTail: tail, digest: digest});
        if (head != CIDs.DEFAULT_HEAD) _cidHeads[tokenId][0] = head;

        emit Transfer(address(0), to, tokenId);
        emit Minted(tokenId, digest, msg.sender, cid, royaltyReceiver, royaltyBps);
        _checkReceiver(address(0), to, tokenId, "");
    }

    /// Appends a version; only the token's owner may. `tokenURI` follows it.
    function publishVersion(uint256 tokenId, bytes calldata cid, bytes32 digest, string calldata note) external {
        Token storage t = _tokens[tokenId];
        address owner = t.owner;
        if (owner == address(0)) revert ERC721NonexistentToken(tokenId);
        if (owner != msg.sender) revert NotTokenOwner(tokenId, msg.sender);
        if (digest == bytes32(0)) revert EmptyDigest();
        (bytes32 tail, uint72 head) = CIDs.split(cid);

        uint32 v = t.versions;
        _versions[tokenId][v] = Version({cidTail: tail, digest: digest});
        if (head != CIDs.DEFAULT_HEAD) _cidHeads[tokenId][v] = head;
        unchecked {
            t.versions = v + 1;
        }
        emit VersionPublished(tokenId, digest, v, cid, note);
        emit MetadataUpdate(tokenId);
    }

    /// Number of versions of the token (1 after mint).
    function versionCount(uint256 tokenId) external view returns (uint256) {
        return _existing(tokenId).versions;
    }

    /// Version `index` (0 is the minted one): its binary CID and content digest.
    function version(uint256 tokenId, uint256 index) public view returns (bytes memory cid, bytes32 digest) {
        if (index >= _existing(tokenId).versions) revert VersionNotFound(tokenId, index);
        Version storage v = _versions[tokenId][index];
        uint72 head = _cidHeads[tokenId][index];
        cid = CIDs.join(head == 0 ? CIDs.DEFAULT_HEAD : head, v.cidTail);
        digest = v.digest;
    }

    /// "ipfs://<CIDv1 base32>" of the latest version.
    function tokenURI(uint256 tokenId) external view returns (string memory) {
        (bytes memory cid,) = version(tokenId, _existing(tokenId).versions - 1);
        return CIDs.uri(cid);
    }

    /// The account that minted the token.
    function creatorOf(uint256 tokenId) external view returns (address) {
        _existing(tokenId);
        return _creators[tokenId];
    }

    /// How many times the token has moved since it was minted.
    function transferCount(uint256 tokenId) external view returns (uint32) {
        return _existing(tokenId).transfers;
    }

    // ---- what the Marketplace and LicenseManager ask ----

    /// @inheritdoc IModelNFT
    function saleInfo(uint256 tokenId, uint256 price)
        external
        view
        returns (address owner, uint32 transfers, address royaltyReceiver, uint256 royaltyAmount)
    {
        Token memory t = _existing(tokenId);
        (royaltyReceiver, royaltyAmount) = _royalty(tokenId, t, price);
        return (t.owner, t.transfers, royaltyReceiver, royaltyAmount);
    }

    /// @inheritdoc IModelNFT
    function operatorState(uint256 tokenId, address operator)
        external
        view
        returns (address owner, uint32 transfers, bool approved)
    {
        Token memory t = _existing(tokenId);
        return (t.owner, t.transfers, _isApproved(t.owner, operator, tokenId, t.transfers));
    }

    // ---- EIP-2981 ----

    /// @inheritdoc IERC2981
    function royaltyInfo(uint256 tokenId, uint256 salePrice) external view returns (address, uint256) {
        return _royalty(tokenId, _existing(tokenId), salePrice);
    }

    // ---- ERC-721 ----

    function name() external pure returns (string memory) {
        return "ModelMarket";
    }

    function symbol() external pure returns (string memory) {
        return "MODEL";
    }

    function balanceOf(address owner) external view returns (uint256) {
        if (owner == address(0)) revert ERC721InvalidOwner(address(0));
        return _balances[owner];
    }

    function ownerOf(uint256 tokenId) external view override(IERC721, IModelNFT) returns (address) {
        return _existing(tokenId).owner;
    }

    /// Approves an allow-listed operator (or address(0) to clear) for one token.
    /// The approval lapses when the token moves.
    function approve(address to, uint256 tokenId) external {
        Token memory t = _existing(tokenId);
        if (msg.sender != t.owner && !isApprovedForAll(t.owner, msg.sender)) revert ERC721InvalidApprover(msg.sender);
        if (to != address(0) && !allowedOperators[to]) revert OperatorNotAllowed(to);
        _tokenApprovals[tokenId] = TokenApproval({approved: to, atTransfers: t.transfers});
        emit Approval(t.owner, to, tokenId);
    }

    /// Approves or revokes an operator for all the caller's tokens. Only
    /// allow-listed operators can be approved; revoking is always possible.
    function setApprovalForAll(address operator, bool approved) external {
        if (approved && !allowedOperators[operator]) revert OperatorNotAllowed(operator);
        _operatorApprovals[msg.sender][operator] = approved;
        emit ApprovalForAll(msg.sender, operator, approved);
    }

    function getApproved(uint256 tokenId) external view returns (address) {
        Token memory t = _existing(tokenId);
        TokenApproval memory a = _tokenApprovals[tokenId];
        if (a.atTransfers != t.transfers || !allowedOperators[a.approved]) return address(0);
        return a.approved;
    }

    /// An approval counts only while the operator stays allow-listed.
    function isApprovedForAll(address owner, address operator) public view returns (bool) {
        return _operatorApprovals[owner][operator] && allowedOperators[operator];
    }

    function transferFrom(address from, address to, uint256 tokenId) public {
        if (to == address(0)) revert ERC721InvalidReceiver(address(0));
        Token memory t = _existing(tokenId);
        if (t.owner != from) revert ERC721IncorrectOwner(from, tokenId, t.owner);
        if (msg.sender != from && !_isApproved(from, msg.sender, tokenId, t.transfers)) {
            revert ERC721InsufficientApproval(msg.sender, tokenId);
        }
        unchecked {
            _balances[from] -= 1;
            _balances[to] += 1;
            t.transfers += 1; // wraps after 2^32 transfers, which no token will see
        }
        t.owner = to;
        _tokens[tokenId] = t;
        emit Transfer(from, to, tokenId);
    }

    function safeTransferFrom(address from, address to, uint256 tokenId) external override(IERC721, IModelNFT) {
        transferFrom(from, to, tokenId);
        _checkReceiver(from, to, tokenId, "");
    }

    function safeTransferFrom(address from, address to, uint256 tokenId, bytes calldata data) external {
        transferFrom(from, to, tokenId);
        _checkReceiver(from, to, tokenId, data);
    }

    // ---- administration ----

    /// Allows or disallows an operator. Disallowing voids existing approvals of it.
    function setOperatorAllowed(address operator, bool allowed) external onlyOwner {
        allowedOperators[operator] = allowed;
        emit OperatorAllowed(operator, allowed);
    }

    // ---- ERC-165 ----

    function supportsInterface(bytes4 interfaceId) external pure returns (bool) {
        return interfaceId == type(IERC165).interfaceId || interfaceId == type(IERC721).interfaceId
            || interfaceId == type(IERC721Metadata).interfaceId || interfaceId == type(IERC2981).interfaceId
            || interfaceId == bytes4(0x49064906); // ERC-4906
    }

    // ---- internals ----

    function _existing(uint256 tokenId) private view returns (Token memory t) {
        t = _tokens[tokenId];
        if (t.owner == address(0)) revert ERC721NonexistentToken(tokenId);
    }

    function _isApproved(address owner, address spender, uint256 tokenId, uint32 transfers)
        private
        view
        returns (bool)
    {
        if (spender == owner) return true;
        if (!allowedOperators[spender]) return false;
        if (_operatorApprovals[owner][spender]) return true;
        TokenApproval memory a = _tokenApprovals[tokenId];
        return a.approved == spender && a.atTransfers == transfers;
    }

    function _royalty(uint256 tokenId, Token memory t, uint256 price) private view returns (address, uint256) {
        if (t.royaltyBps == 0) return (address(0), 0);
        address receiver = t.otherReceiver ? _royaltyReceivers[tokenId] : _creators[tokenId];
        return (receiver, price * t.royaltyBps / 10_000);
    }

    function _checkReceiver(address from, address to, uint256 tokenId, bytes memory data) private {
        if (to.code.length == 0) return;
        try IERC721Receiver(to).onERC721Received(msg.sender, from, tokenId, data) returns (bytes4 retval) {
            if (retval != IERC721Receiver.onERC721Received.selector) revert ERC721InvalidReceiver(to);
        } catch (bytes memory reason) {
            if (reason.length == 0) revert ERC721InvalidReceiver(to);
            assembly ("memory-safe") {
                revert(add(reason, 0x20), mload(reason))
            }
        }
    }
}
