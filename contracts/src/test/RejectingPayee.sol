// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title RejectingPayee: a seller or royalty receiver whose address refuses ETH.
/// @notice Test-only. Mode Revert reverts on every payment, BurnGas loops until
/// it runs out of gas, Accept takes the money. It acts through exec, and it has
/// no onERC721Received, so safe transfers to it must fail.
contract RejectingPayee {
    enum Mode {
        Revert,
        BurnGas,
        Accept
    }

    Mode public mode;

    constructor(Mode mode_) {
        mode = mode_;
    }

    function setMode(Mode mode_) external {
        mode = mode_;
    }

    /// Calls `to` with `data` and `msg.value` as this contract; bubbles a revert.
    function exec(address to, bytes calldata data) external payable returns (bytes memory) {
        (bool ok, bytes memory ret) = to.call{value: msg.value}(data);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 0x20), mload(ret))
            }
        }
        return ret;
    }

    receive() external payable {
        if (mode == Mode.Revert) revert("RejectingPayee: no");
        if (mode == Mode.BurnGas) {
            uint256 x;
            while (true) {
                x = uint256(keccak256(abi.encode(x)));
            }
        }
    }
}
