// AWSSDK.Core's base types that PsKms's KMS types (PsKms.AwsKms.cs) build on, for sessions where
// AWSSDK.Core is not loaded: the same names, constructors and members that scripts use, and
// ConstantClass's equality, which compares values case-insensitively whatever the class, as the
// SDK's does. C# 5, for Windows PowerShell 5.1 too.
namespace Amazon.Runtime {
    public enum ErrorType { Sender, Receiver, Unknown }

    public class AmazonServiceException : System.Exception {
        public AmazonServiceException(string message, System.Exception innerException, ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException) { ErrorType = errorType; ErrorCode = errorCode; RequestId = requestId; StatusCode = statusCode; }
        public ErrorType ErrorType { get; set; }
        public string ErrorCode { get; set; }
        public string RequestId { get; set; }
        public System.Net.HttpStatusCode StatusCode { get; set; }
    }

    public class ConstantClass {
        protected ConstantClass(string value) { Value = value; }
        public string Value { get; private set; }
        public override string ToString() { return Value; }
        public static implicit operator string(ConstantClass value) { return value == null ? null : value.Value; }

        // a known value matches case-insensitively and becomes the canonical constant; an unknown one is kept as given
        protected static T FindValue<T>(string value) where T : ConstantClass {
            if (value == null) return null;
            foreach (System.Reflection.FieldInfo field in typeof(T).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)) {
                T constant = field.GetValue(null) as T;
                if (constant != null && string.Equals(constant.Value, value, System.StringComparison.OrdinalIgnoreCase)) return constant;
            }
            return (T)System.Activator.CreateInstance(typeof(T), value);
        }

        public override int GetHashCode() { return Value == null ? 0 : Value.ToUpperInvariant().GetHashCode(); }
        public override bool Equals(object obj) {
            if (obj == null) return false;
            ConstantClass other = obj as ConstantClass;
            if (other != null) return Equals(other);
            string text = obj as string;
            return text != null && string.Equals(Value, text, System.StringComparison.OrdinalIgnoreCase);
        }
        public bool Equals(ConstantClass obj) {
            return (object)obj != null && string.Equals(Value, obj.Value, System.StringComparison.OrdinalIgnoreCase);
        }
        public static bool operator ==(ConstantClass a, ConstantClass b) { return (object)a == null ? (object)b == null : a.Equals((object)b); }
        public static bool operator !=(ConstantClass a, ConstantClass b) { return !(a == b); }
        public static bool operator ==(ConstantClass a, string b) { return (object)a == null ? b == null : a.Equals((object)b); }
        public static bool operator !=(ConstantClass a, string b) { return !(a == b); }
        public static bool operator ==(string a, ConstantClass b) { return b == a; }
        public static bool operator !=(string a, ConstantClass b) { return !(b == a); }
    }
}
