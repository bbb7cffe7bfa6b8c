// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title What the Marketplace, LicenseManager and Reviews ask of ModelNFT.
interface IModelNFT {
    /// The token's owner, its transfer count, and the EIP-2981 royalty for a
    /// sale at `price`, in one call. Reverts for a token that does not exist.
    function saleInfo(uint256 tokenId, uint256 price)
        external
        view
        returns (address owner, uint32 transfers, address royaltyReceiver, uint256 royaltyAmount);

    /// The token's owner, its transfer count, and whether `operator` may move it
    /// now (approved for this token or for all of the owner's tokens, and allow-listed).
    function operatorState(uint256 tokenId, address operator)
        external
        view
        returns (address owner, uint32 transfers, bool approved);

    function ownerOf(uint256 tokenId) external view returns (address);

    function safeTransferFrom(address from, address to, uint256 tokenId) external;
}

/// @title What Reviews asks of the Marketplace.
interface IPurchases {
    /// True when `account` bought `tokenId` through the Marketplace at least once.
    function hasBought(uint256 tokenId, address account) external view returns (bool);
}

/// @title What Reviews asks of the LicenseManager.
interface ILicenses {
    /// True when `account` holds or held a license on `tokenId`, expired or not.
    function hasHeldLicense(uint256 tokenId, address account) external view returns (bool);
}
