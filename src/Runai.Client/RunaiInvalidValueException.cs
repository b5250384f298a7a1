using System;

namespace Runai.Client;

/// <summary>What kind of value a <see cref="RunaiInvalidValueException"/> refused.</summary>
public enum InvalidValueKind
{
    Name,
    Quantity,
    Value,

    /// <summary>An id that does not have the form the contract documents, or that would change the request path.</summary>
    Id,
}

/// <summary>
/// A value the control plane would refuse, caught before anything is sent. Carries the offending value, so the cmdlets
/// can make it the error's TargetObject.
/// </summary>
public sealed class RunaiInvalidValueException : ArgumentException
{
    public RunaiInvalidValueException(InvalidValueKind kind, object? value, string message) : base(message)
    {
        Kind = kind;
        Value = value;
    }

    public InvalidValueKind Kind { get; }
    public object? Value { get; }
}
