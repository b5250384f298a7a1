namespace Runai.Emulator.Contract;

/// <summary>
/// Which side of an exchange a converted schema checks. OpenAPI's readOnly and writeOnly mean opposite things for
/// each: a request never carries readOnly properties, a response never carries writeOnly ones, so neither is required there.
/// </summary>
internal enum SchemaDirection
{
    Request,
    Response,
}
