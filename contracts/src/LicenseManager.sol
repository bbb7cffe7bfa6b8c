// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Settlement} from "./Settlement.sol";
import {IModelNFT, ILicenses} from "./interfaces/IModelNFT.sol";
import {CIDs, InvalidCID} from "./CIDs.sol";

/// @title LicenseManager: license offers on ModelNFT tokens and the licenses sold.
/// @notice A token's owner publishes offers (price, duration or perpetual,
/// supply cap, terms CID, commercial flag). An offer is bound to the token's
/// transfer count: when the token changes hands, the previous owner's offers
/// stop selling (the new owner did not choose their terms). A license, once
/// bought, belongs to its buyer and survives any sale of the token.
contract LicenseManager is Settlement, ILicenses {
    /// Expiry of a perpetual license.
    uint64 public constant PERPETUAL = type(uint64).max;

    IModelNFT public immutable nft;

    struct Offer {
        uint256 tokenId;
        uint128 price;
        uint32 duration; // seconds; 0 = perpetual
        uint32 cap; // 0 = unlimited
        uint32 sold;
        uint32 transfers; // the token's transfer count when published
        bool commercial;
        bool paused;
        bool retired;
        uint72 termsHead;
        bytes32 termsTail;
    }

    /// An offer as the views return it.
    struct OfferInfo {
        uint256 tokenId;
        uint256 price;
        uint32 duration;
        uint32 cap;
        uint32 sold;
        bool commercial;
        bool paused;
        bool retired;
        bool live; // the token has not moved since the offer was published
        bytes termsCID;
    }

    struct License {
        uint64 offerId;
        uint64 expiresAt; // PERPETUAL for a perpetual license
        uint64 purchasedAt;
    }

    /// A license as licensesOf returns it.
    struct LicenseInfo {
        uint256 offerId;
        uint256 tokenId;
        uint64 expiresAt;
        uint64 purchasedAt;
        bool commercial;
        bytes termsCID;
    }

    uint256 private _nextOfferId = 1;
    mapping(uint256 offerId => Offer) private _offers;
    mapping(uint256 tokenId => mapping(address account => uint64)) private _validUntil; // 0: never licensed
    mapping(address account => License[]) private _licenses;

    event OfferPublished(
        uint256 indexed offerId,
        uint256 indexed tokenId,
        address indexed publisher,
        uint256 price,
        uint32 duration,
        uint32 cap,
        bool commercial,
        bytes termsCID
    );
    event OfferPauseChanged(uint256 indexed offerId, bool paused);
    event OfferClosed(uint256 indexed offerId);
    /// Every amount of a license sale: price = royalty + fee + ownerAmount.
    event LicensePurchased(
        uint256 indexed offerId,
        uint256 indexed tokenId,
        address indexed licensee,
        uint256 price,
        uint64 expiresAt,
        address owner,
        address royaltyReceiver,
        uint256 royalty,
        uint256 fee,
        uint256 ownerAmount
    );

    error InvalidPrice(uint256 price);
    error NotTokenOwner(uint256 tokenId, address account);
    error OfferNotFound(uint256 offerId);
    error OfferPaused(uint256 offerId);
    error OfferRetired(uint256 offerId);
    error OfferStale(uint256 offerId);
    error SoldOut(uint256 offerId, uint32 cap);
    error PriceChanged(uint256 offerId, uint256 expectedPrice, uint256 price);
    error WrongPayment(uint256 price, uint256 sent);

    constructor(IModelNFT nft_, address initialOwner, uint16 feeCapBps, uint16 initialFeeBps, address feeRecipient_)
        Settlement(initialOwner, feeCapBps, initialFeeBps, feeRecipient_)
    {
        nft = nft_;
    }

    /// Publishes an offer on the caller's token. `termsCID` is the binary CIDv1
    /// of the license text.
    function publishOffer(
        uint256 tokenId,
        uint256 price,
        uint32 duration,
        uint32 cap,
        bytes calldata termsCID,
        bool commercial
    ) external whenNotPaused returns (uint256 offerId) {
        if (price == 0 || price > type(uint128).max) revert InvalidPrice(price);
        (address owner, uint32 transfers,) = nft.operatorState(tokenId, address(this));
        if (owner != msg.sender) revert NotTokenOwner(tokenId, msg.sender);
        (bytes32 tail, uint72 head) = CIDs.split(termsCID);
        offerId = _nextOfferId++;
        _offers[offerId] = Offer({
            tokenId: tokenId,
            price: uint128(price),
            duration: duration,
            cap: cap,
            sold: 0,
            transfers: transfers,
            commercial: commercial,
            paused: false,
            retired: false,
            termsHead: head,
            termsTail: tail
        });
        emit OfferPublished(offerId, tokenId, msg.sender, price, duration, cap, commercial, termsCID);
    }

    /// Pauses or resumes an offer; only the token's owner may.
    function setOfferPaused(uint256 offerId, bool paused_) external {
        Offer storage o = _ownedOffer(offerId);
        o.paused = paused_;
        emit OfferPauseChanged(offerId, paused_);
    }

    /// Ends an offer for good; only the token's owner may. Licenses sold stay valid.
    function retireOffer(uint256 offerId) external {
        Offer storage o = _ownedOffer(offerId);
        o.retired = true;
        emit OfferClosed(offerId);
    }

    /// Buys a license from an offer for exactly `expectedPrice` wei (sent as
    /// value). Pays the creator's royalty, the fee and the token's owner.
    function buyLicense(uint256 offerId, uint256 expectedPrice) external payable nonReentrant {
        uint16 fBps = _saleFeeBps();
        Offer memory o = _offers[offerId];
        if (o.tokenId == 0) revert OfferNotFound(offerId);
        if (o.retired) revert OfferRetired(offerId);
        if (o.paused) revert OfferPaused(offerId);
        if (o.cap != 0 && o.sold >= o.cap) revert SoldOut(offerId, o.cap);
        if (o.price != expectedPrice) revert PriceChanged(offerId, expectedPrice, o.price);
        if (msg.value != o.price) revert WrongPayment(o.price, msg.value);
        (address owner, uint32 transfers, address royaltyReceiver, uint256 royalty) = nft.saleInfo(o.tokenId, o.price);
        if (transfers != o.transfers) revert OfferStale(offerId);

        (uint256 ownerAmount, uint256 fee) = _split(o.price, royalty, fBps);
        unchecked {
            _offers[offerId].sold = o.sold + 1;
        }
        uint64 expiresAt = o.duration == 0 ? PERPETUAL : uint64(block.timestamp) + o.duration;
        if (expiresAt > _validUntil[o.tokenId][msg.sender]) _validUntil[o.tokenId][msg.sender] = expiresAt;
        _licenses[msg.sender].push(
            License({offerId: uint64(offerId), expiresAt: expiresAt, purchasedAt: uint64(block.timestamp)})
        );
        _accrueFee(fee);

        if (royaltyReceiver == owner) {
            _pay(owner, royalty + ownerAmount);
        } else {
            _pay(royaltyReceiver, royalty);
            _pay(owner, ownerAmount);
        }
        emit LicensePurchased(
            offerId, o.tokenId, msg.sender, o.price, expiresAt, owner, royaltyReceiver, royalty, fee, ownerAmount
        );
    }

    // ---- views ----

    /// True while `account` holds an unexpired license on `tokenId`: what the
    /// server asks before releasing a download.
    function hasValidLicense(uint256 tokenId, address account) external view returns (bool) {
        return _validUntil[tokenId][account] > block.timestamp;
    }

    /// @inheritdoc ILicenses
    function hasHeldLicense(uint256 tokenId, address account) external view returns (bool) {
        return _validUntil[tokenId][account] != 0;
    }

    /// The latest expiry of `account`'s licenses on `tokenId`: 0 if none,
    /// PERPETUAL if one is perpetual.
    function licenseExpiry(uint256 tokenId, address account) external view returns (uint64) {
        return _validUntil[tokenId][account];
    }

    /// An offer, with `live` false when the token has moved since it was published.
    function offer(uint256 offerId) public view returns (OfferInfo memory info) {
        Offer memory o = _offers[offerId];
        if (o.tokenId == 0) revert OfferNotFound(offerId);
        (, uint32 transfers,) = nft.operatorState(o.tokenId, address(this));
        info = OfferInfo({
            tokenId: o.tokenId,
            price: o.price,
            duration: o.duration,
            cap: o.cap,
            sold: o.sold,
            commercial: o.commercial,
            paused: o.paused,
            retired: o.retired,
            live: transfers == o.transfers,
            termsCID: CIDs.join(o.termsHead, o.termsTail)
        });
    }

    /// Number of offers published so far (offer ids run from 1 to this).
    function offerCount() external view returns (uint256) {
        return _nextOfferId - 1;
    }

    /// Every license `account` bought, oldest first.
    function licensesOf(address account) external view returns (LicenseInfo[] memory out) {
        License[] storage ls = _licenses[account];
        out = new LicenseInfo[](ls.length);
        for (uint256 i = 0; i < ls.length; ++i) {
            License memory l = ls[i];
            Offer storage o = _offers[l.offerId];
            out[i] = LicenseInfo({
                offerId: l.offerId,
                tokenId: o.tokenId,
                expiresAt: l.expiresAt,
                purchasedAt: l.purchasedAt,
                commercial: o.commercial,
                termsCID: CIDs.join(o.termsHead, o.termsTail)
            });
        }
    }

    function _ownedOffer(uint256 offerId) private view returns (Offer storage o) {
        o = _offers[offerId];
        uint256 tokenId = o.tokenId;
        if (tokenId == 0) revert OfferNotFound(offerId);
        if (nft.ownerOf(tokenId) != msg.sender) revert NotTokenOwner(tokenId, msg.sender);
        if (o.retired) revert OfferRetired(offerId);
    }
}
