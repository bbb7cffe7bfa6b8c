// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title Settlement: what the Marketplace and the LicenseManager share.
/// @notice Splits a price into royalty, platform fee and the seller's rest (the
/// three always add up to the price), pays each share, and credits a payee whose
/// address rejects ETH or burns gas instead of letting it block the sale. Fees
/// accrue here until withdrawFees sends them to the fee recipient. The contract's
/// balance always equals the sum of all credits plus the accrued fees.
/// The owner (later a DAO timelock) sets the fee under a cap fixed at
/// deployment, the fee recipient, and can pause new sales; a pause never blocks
/// cancelling or withdrawing.
abstract contract Settlement is Ownable2Step, ReentrancyGuardTransient {
    /// Highest fee cap a deployment may choose: 50 %.
    uint16 public constant MAX_FEE_CAP_BPS = 5_000;
    /// Gas a payee's address gets to accept a payment; enough for a smart
    /// wallet, too little to burn the buyer's gas.
    uint256 public constant PAYOUT_GAS = 50_000;

    /// The fee cap, fixed at deployment.
    uint16 public immutable maxFeeBps;

    // One slot read and written per sale.
    struct State {
        uint16 feeBps;
        bool paused;
        uint128 feesAccrued;
    }

    State private _state;
    /// Where withdrawFees sends the accrued fees.
    address public feeRecipient;
    /// ETH owed to payees whose address did not accept a payment.
    mapping(address payee => uint256) public credits;

    event FeeChanged(uint16 oldFeeBps, uint16 newFeeBps);
    event FeeRecipientChanged(address oldRecipient, address newRecipient);
    event Paused(address account);
    event Unpaused(address account);
    /// A payee's address did not accept `amount`; it can withdraw it later.
    event Credited(address indexed payee, uint256 amount);
    event Withdrawn(address indexed payee, address indexed to, uint256 amount);
    event FeesWithdrawn(address indexed to, uint256 amount);

    error FeeAboveCap(uint16 feeBps, uint16 maxFeeBps);
    error EnforcedPause();
    error ExpectedPause();
    error NothingToWithdraw();
    error WithdrawFailed(address to, uint256 amount);
    error InvalidFeeRecipient();

    constructor(address initialOwner, uint16 feeCapBps, uint16 initialFeeBps, address initialFeeRecipient)
        Ownable(initialOwner)
    {
        if (feeCapBps > MAX_FEE_CAP_BPS) revert FeeAboveCap(feeCapBps, MAX_FEE_CAP_BPS);
        if (initialFeeBps > feeCapBps) revert FeeAboveCap(initialFeeBps, feeCapBps);
        if (initialFeeRecipient == address(0)) revert InvalidFeeRecipient();
        maxFeeBps = feeCapBps;
        _state.feeBps = initialFeeBps;
        feeRecipient = initialFeeRecipient;
    }

    // ---- views ----

    /// The platform fee in basis points.
    function feeBps() external view returns (uint16) {
        return _state.feeBps;
    }

    /// True while new sales are stopped.
    function paused() external view returns (bool) {
        return _state.paused;
    }

    /// Fees accrued and not yet withdrawn.
    function feesAccrued() external view returns (uint256) {
        return _state.feesAccrued;
    }

    // ---- withdrawals (never paused) ----

    /// Sends the caller's credit to the caller.
    function withdraw() external nonReentrant {
        _withdraw(payable(msg.sender));
    }

    /// Sends the caller's credit to `to`, for a payee whose own address cannot accept ETH.
    function withdrawTo(address payable to) external nonReentrant {
        _withdraw(to);
    }

    /// Sends the accrued fees to the fee recipient. Anyone may call it.
    function withdrawFees() external nonReentrant {
        uint256 amount = _state.feesAccrued;
        if (amount == 0) revert NothingToWithdraw();
        _state.feesAccrued = 0;
        address to = feeRecipient;
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert WithdrawFailed(to, amount);
        emit FeesWithdrawn(to, amount);
    }

    // ---- administration ----

    /// Sets the fee; reverts with FeeAboveCap above the cap fixed at deployment.
    function setFee(uint16 newFeeBps) external onlyOwner {
        if (newFeeBps > maxFeeBps) revert FeeAboveCap(newFeeBps, maxFeeBps);
        emit FeeChanged(_state.feeBps, newFeeBps);
        _state.feeBps = newFeeBps;
    }

    function setFeeRecipient(address newRecipient) external onlyOwner {
        if (newRecipient == address(0)) revert InvalidFeeRecipient();
        emit FeeRecipientChanged(feeRecipient, newRecipient);
        feeRecipient = newRecipient;
    }

    /// Stops new listings, offers and sales. Cancelling and withdrawing go on.
    function pause() external onlyOwner {
        if (_state.paused) revert EnforcedPause();
        _state.paused = true;
        emit Paused(msg.sender);
    }

    function unpause() external onlyOwner {
        if (!_state.paused) revert ExpectedPause();
        _state.paused = false;
        emit Unpaused(msg.sender);
    }

    // ---- internals ----

    modifier whenNotPaused() {
        if (_state.paused) revert EnforcedPause();
        _;
    }

    /// Reads the sale state: reverts while paused, returns the fee.
    function _saleFeeBps() internal view returns (uint16) {
        State memory s = _state;
        if (s.paused) revert EnforcedPause();
        return s.feeBps;
    }

    function _accrueFee(uint256 fee) internal {
        if (fee != 0) _state.feesAccrued += uint128(fee);
    }

    function _split(uint256 price, uint256 royaltyAmount, uint16 feeBps_)
        internal
        pure
        returns (uint256 sellerAmount, uint256 fee)
    {
        fee = price * feeBps_ / 10_000;
        sellerAmount = price - royaltyAmount - fee;
    }

    /// Pays `amount` to `to` with PAYOUT_GAS; if the address rejects it or runs
    /// out of gas, credits it instead. Copies no return data.
    function _pay(address to, uint256 amount) internal {
        if (amount == 0) return;
        bool ok;
        uint256 g = PAYOUT_GAS;
        assembly ("memory-safe") {
            ok := call(g, to, amount, 0, 0, 0, 0)
        }
        if (!ok) {
            credits[to] += amount;
            emit Credited(to, amount);
        }
    }

    function _withdraw(address payable to) private {
        uint256 amount = credits[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        credits[msg.sender] = 0;
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert WithdrawFailed(to, amount);
        emit Withdrawn(msg.sender, to, amount);
    }
}
