// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Settlement} from "./Settlement.sol";
import {IModelNFT, IPurchases} from "./interfaces/IModelNFT.sol";

/// @title Marketplace: on-chain asks for ModelNFT tokens.
/// @notice A listing stores its price and the token's transfer count at listing
/// time; the seller is the token's owner while that count holds. When the token
/// moves (a sale, a gift, A→B→A) the count changes and the listing is dead, so
/// an old price can never be replayed. A sale pays the EIP-2981 royalty, the
/// platform fee and the seller, in that order, and the three add up to the
/// price exactly.
contract Marketplace is Settlement, IPurchases {
    /// The token contract this market sells.
    IModelNFT public immutable nft;

    struct Listing {
        uint128 price; // 0: not listed
        uint32 transfers; // the token's transfer count when listed
    }

    mapping(uint256 tokenId => Listing) private _listings;
    mapping(uint256 tokenId => mapping(address buyer => bool)) private _bought;

    event Listed(uint256 indexed tokenId, address indexed seller, uint256 price);
    event PriceUpdated(uint256 indexed tokenId, address indexed seller, uint256 oldPrice, uint256 newPrice);
    event Cancelled(uint256 indexed tokenId, address indexed seller);
    /// Every amount of a sale: price = royalty + fee + sellerAmount.
    event Sold(
        uint256 indexed tokenId,
        address indexed seller,
        address indexed buyer,
        uint256 price,
        address royaltyReceiver,
        uint256 royalty,
        uint256 fee,
        uint256 sellerAmount
    );

    error InvalidPrice(uint256 price);
    error NotTokenOwner(uint256 tokenId, address account);
    error MarketNotApproved(uint256 tokenId);
    error NotListed(uint256 tokenId);
    error StaleListing(uint256 tokenId);
    error PriceChanged(uint256 tokenId, uint256 expectedPrice, uint256 price);
    error FeeIncreased(uint16 maxFeeBps, uint16 feeBps);
    error WrongPayment(uint256 price, uint256 sent);

    constructor(IModelNFT nft_, address initialOwner, uint16 feeCapBps, uint16 initialFeeBps, address feeRecipient_)
        Settlement(initialOwner, feeCapBps, initialFeeBps, feeRecipient_)
    {
        nft = nft_;
    }

    /// Lists the caller's token at `price` wei. The Marketplace must be approved
    /// to move the token. Listing again replaces the price.
    function list(uint256 tokenId, uint256 price) external nonReentrant whenNotPaused {
        if (price == 0 || price > type(uint128).max) revert InvalidPrice(price);
        (address owner, uint32 transfers, bool approved) = nft.operatorState(tokenId, address(this));
        if (owner != msg.sender) revert NotTokenOwner(tokenId, msg.sender);
        if (!approved) revert MarketNotApproved(tokenId);
        _listings[tokenId] = Listing({price: uint128(price), transfers: transfers});
        emit Listed(tokenId, msg.sender, price);
    }

    /// Changes the price of the caller's live listing.
    function updatePrice(uint256 tokenId, uint256 newPrice) external nonReentrant whenNotPaused {
        if (newPrice == 0 || newPrice > type(uint128).max) revert InvalidPrice(newPrice);
        Listing memory l = _live(tokenId);
        _listings[tokenId].price = uint128(newPrice);
        emit PriceUpdated(tokenId, msg.sender, l.price, newPrice);
    }

    /// Removes the caller's listing. Works while paused.
    function cancel(uint256 tokenId) external nonReentrant {
        Listing memory l = _listings[tokenId];
        if (l.price == 0) revert NotListed(tokenId);
        address owner = nft.ownerOf(tokenId);
        if (owner != msg.sender) revert NotTokenOwner(tokenId, msg.sender);
        delete _listings[tokenId];
        emit Cancelled(tokenId, msg.sender);
    }

    /// Buys a listed token for exactly `expectedPrice` wei (sent as value).
    /// Reverts with PriceChanged if the listing's price is not the one the buyer
    /// saw, FeeIncreased if the fee rose above `maxFeeBps`, StaleListing if the
    /// token moved since it was listed.
    function buy(uint256 tokenId, uint256 expectedPrice, uint16 maxFeeBps_) external payable nonReentrant {
        uint16 fBps = _saleFeeBps();
        Listing memory l = _listings[tokenId];
        if (l.price == 0) revert NotListed(tokenId);
        if (l.price != expectedPrice) revert PriceChanged(tokenId, expectedPrice, l.price);
        if (fBps > maxFeeBps_) revert FeeIncreased(maxFeeBps_, fBps);
        if (msg.value != l.price) revert WrongPayment(l.price, msg.value);
        (address seller, uint32 transfers, address royaltyReceiver, uint256 royalty) = nft.saleInfo(tokenId, l.price);
        if (transfers != l.transfers) revert StaleListing(tokenId);

        (uint256 sellerAmount, uint256 fee) = _split(l.price, royalty, fBps);
        delete _listings[tokenId];
        _bought[tokenId][msg.sender] = true;
        _accrueFee(fee);

        nft.safeTransferFrom(seller, msg.sender, tokenId);
        if (royaltyReceiver == seller) {
            _pay(seller, royalty + sellerAmount);
        } else {
            _pay(royaltyReceiver, royalty);
            _pay(seller, sellerAmount);
        }
        emit Sold(tokenId, seller, msg.sender, l.price, royaltyReceiver, royalty, fee, sellerAmount);
    }

    /// The live listing of a token: its seller (the token's owner) and price.
    /// `listed` is false when there is none or the token moved since.
    function listingOf(uint256 tokenId) external view returns (bool listed, address seller, uint256 price) {
        Listing memory l = _listings[tokenId];
        if (l.price == 0) return (false, address(0), 0);
        (address owner, uint32 transfers,) = nft.operatorState(tokenId, address(this));
        if (transfers != l.transfers) return (false, address(0), 0);
        return (true, owner, l.price);
    }

    /// @inheritdoc IPurchases
    function hasBought(uint256 tokenId, address account) external view returns (bool) {
        return _bought[tokenId][account];
    }

    /// The listing if it is live and the caller owns the token.
    function _live(uint256 tokenId) private view returns (Listing memory l) {
        l = _listings[tokenId];
        if (l.price == 0) revert NotListed(tokenId);
        (address owner, uint32 transfers,) = nft.operatorState(tokenId, address(this));
        if (transfers != l.transfers) revert StaleListing(tokenId);
        if (owner != msg.sender) revert NotTokenOwner(tokenId, msg.sender);
    }
}
