// Values as PowerShell holds them, carried between the PowerShell module (or the cmdlet
// dialect) and the binding layer: each with the .NET runtime type the binding rules look at.

export type PsValue =
  | { t: 'null' }
  | { t: 'string'; v: string }
  /** a ConstantClass value; `type` is its .NET type (Amazon.KeyManagementService.KeySpec) */
  | { t: 'constant'; v: string; type: string }
  | { t: 'bool'; v: boolean }
  | { t: 'switch'; v: boolean }
  /** any .NET number; `type` is its .NET type name (System.Int32, System.Byte, System.Double…) */
  | { t: 'number'; v: number; type: string }
  /** byte[] */
  | { t: 'bytes'; v: string }
  /** a MemoryStream: its whole buffer, base64 */
  | { t: 'MemoryStream'; v: string }
  /** any other Stream: the bytes from its position to its end, base64 */
  | { t: 'Stream'; v: string; type: string }
  | { t: 'FileInfo'; path: string }
  | { t: 'DirectoryInfo'; path: string }
  /** ISO 8601 in UTC; `ms` (epoch milliseconds) where the reader may not parse the text exactly */
  | { t: 'datetime'; v: string; ms?: number }
  /** an array or other enumerable; `type` is its .NET type name (System.String[], System.Object[]…) */
  | { t: 'array'; type: string; items: PsValue[] }
  | { t: 'hashtable'; entries: [PsValue, PsValue][] }
  /** an object with properties: a response object, KeyMetadata, a PSCustomObject */
  | { t: 'object'; type: string; props: [string, PsValue][] };

export const NULL: PsValue = { t: 'null' };


export function dotNetTypeOf(value: PsValue): string {
  switch (value.t) {
    case 'null': return 'null';
    case 'string': return 'System.String';
    case 'constant': return value.type;
    case 'bool': return 'System.Boolean';
    case 'switch': return 'System.Management.Automation.SwitchParameter';
    case 'number': return value.type;
    case 'bytes': return 'System.Byte[]';
    case 'MemoryStream': return 'System.IO.MemoryStream';
    case 'Stream': return value.type;
    case 'FileInfo': return 'System.IO.FileInfo';
    case 'DirectoryInfo': return 'System.IO.DirectoryInfo';
    case 'datetime': return 'System.DateTime';
    case 'array': return value.type;
    case 'hashtable': return 'System.Collections.Hashtable';
    case 'object': return value.type;
  }
}
