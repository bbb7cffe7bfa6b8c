// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IModelNFT, IPurchases, ILicenses} from "./interfaces/IModelNFT.sol";
import {CIDs, InvalidCID} from "./CIDs.sol";

/// @title Reviews: one rating per (reviewer, token) from those who paid for it.
/// @notice Only an account that holds or held a license on the token, or bought
/// the token through the Marketplace, may review it; the contracts are asked on
/// chain. A second review from the same account replaces the first. The comment
/// lives on IPFS; its CID is in the event. Creator reputation is computed from
/// the events.
contract Reviews {
    IModelNFT public immutable nft;
    IPurchases public immutable market;
    ILicenses public immutable licenses;

    struct Review {
        uint8 rating; // 0: no review
        uint64 updatedAt;
    }

    mapping(uint256 tokenId => mapping(address reviewer => Review)) private _reviews;

    /// `updated` is true when the review replaces an earlier one by the same reviewer.
    event Reviewed(
        uint256 indexed tokenId, address indexed reviewer, uint8 rating, bytes commentCID, bool updated
    );

    error InvalidRating(uint8 rating);
    error NotEligible(uint256 tokenId, address account);

    constructor(IModelNFT nft_, IPurchases market_, ILicenses licenses_) {
        nft = nft_;
        market = market_;
        licenses = licenses_;
    }

    /// Rates `tokenId` from 1 to 5 with an optional comment (a binary CIDv1, or empty).
    function review(uint256 tokenId, uint8 rating, bytes calldata commentCID) external {
        if (rating < 1 || rating > 5) revert InvalidRating(rating);
        nft.ownerOf(tokenId); // reverts for a token that does not exist
        if (commentCID.length != 0) CIDs.split(commentCID);
        if (!canReview(tokenId, msg.sender)) revert NotEligible(tokenId, msg.sender);
        bool updated = _reviews[tokenId][msg.sender].rating != 0;
        _reviews[tokenId][msg.sender] = Review({rating: rating, updatedAt: uint64(block.timestamp)});
        emit Reviewed(tokenId, msg.sender, rating, commentCID, updated);
    }

    /// True when `account` may review `tokenId`.
    function canReview(uint256 tokenId, address account) public view returns (bool) {
        return licenses.hasHeldLicense(tokenId, account) || market.hasBought(tokenId, account);
    }

    /// The current review of `reviewer` on `tokenId`; rating 0 when there is none.
    function reviewOf(uint256 tokenId, address reviewer) external view returns (uint8 rating, uint64 updatedAt) {
        Review memory r = _reviews[tokenId][reviewer];
        return (r.rating, r.updatedAt);
    }
}
