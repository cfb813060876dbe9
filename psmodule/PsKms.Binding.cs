// PsKms's own binding helper, compiled with the module's types (see Import-PsKmsAssembly in
// PsKms.Runtime.ps1). C# 5, for Windows PowerShell 5.1 too.
namespace PsKms {
    /// <summary>
    /// PowerShell binds $null to a script function's [string] parameter as ''. A compiled AWS.Tools
    /// cmdlet sees $null, and warns for a required parameter bound to it; this keeps the difference
    /// as a token the module sends on as null.
    /// </summary>
    [System.AttributeUsage(System.AttributeTargets.Field | System.AttributeTargets.Property)]
    public sealed class KeepNullAttribute : System.Management.Automation.ArgumentTransformationAttribute {
        public static readonly string Token = "\u0000PsKms:null\u0000";
        public override object Transform(System.Management.Automation.EngineIntrinsics engineIntrinsics, object inputData) {
            return inputData == null ? Token : inputData;
        }
    }
}
