// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC721Receiver} from "@openzeppelin/contracts/token/ERC721/IERC721Receiver.sol";

/// @title ReentrantActor: a seller, royalty receiver or buyer that re-enters.
/// @notice Test-only. It acts through exec (mint, approve, list, buy as itself).
/// When it receives ETH or a token it replays the configured call into the
/// target (buy, cancel, list, withdraw...) and records how that attempt ended.
/// With `rejectAfter` it then reverts, so the payment to it fails too.
contract ReentrantActor is IERC721Receiver {
    address public target;
    bytes public onEthCall; // replayed from receive()
    bytes public onTokenCall; // replayed from onERC721Received()
    uint256 public callValue; // ETH sent with the replayed call
    bool public rejectAfter;

    // One slot, made non-zero by configure, so that recording an attempt
    // costs little of the 50,000 gas a payment's receive() gets.
    struct Result {
        uint64 attempts;
        uint64 successes;
        bytes4 lastRevert; // selector of the last failed attempt's error
        bool configured;
    }

    Result public result;

    function configure(address target_, bytes calldata onEth, bytes calldata onToken, uint256 value, bool reject)
        external
    {
        target = target_;
        onEthCall = onEth;
        onTokenCall = onToken;
        callValue = value;
        rejectAfter = reject;
        result = Result({attempts: 0, successes: 0, lastRevert: 0, configured: true});
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
        _attack(onEthCall);
        if (rejectAfter) revert("ReentrantActor: rejecting");
    }

    function onERC721Received(address, address, uint256, bytes calldata) external returns (bytes4) {
        _attack(onTokenCall);
        return IERC721Receiver.onERC721Received.selector;
    }

    function _attack(bytes memory data) private {
        if (data.length == 0) return;
        Result memory r = result;
        r.attempts++;
        (bool ok, bytes memory ret) = target.call{value: callValue}(data);
        if (ok) r.successes++;
        else r.lastRevert = bytes4(ret);
        result = r;
    }
}
