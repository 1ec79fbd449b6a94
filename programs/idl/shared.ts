/** IDL pieces every Keel program uses the same way. */
import {
  instructionAccountNode,
  instructionArgumentNode,
  numberTypeNode,
  numberValueNode,
  publicKeyValueNode,
  type InstructionAccountNode,
  type InstructionArgumentNode,
} from 'codama';

/**
 * Byte 0 of every Keel instruction: the one-byte discriminator the program's
 * flat dispatch matches. Omitted from the builders' input (always this value).
 */
export const discriminatorArgument = (value: number): InstructionArgumentNode =>
  instructionArgumentNode({
    name: 'discriminator',
    type: numberTypeNode('u8'),
    defaultValue: numberValueNode(value),
    defaultValueStrategy: 'omitted',
  });

/** `[]` System Program, filled in when not given. */
export const systemProgramAccount = (): InstructionAccountNode =>
  instructionAccountNode({
    name: 'systemProgram',
    isWritable: false,
    isSigner: false,
    defaultValue: publicKeyValueNode('11111111111111111111111111111111', 'systemProgram'),
  });
