package io.tarn.cli;

/**
 * A failure of the command line itself that the user can fix, such as naming a lake that does not exist;
 * reported like a user error of the lake, without an error code.
 */
public class UserException
        extends RuntimeException
{
    public UserException(String message)
    {
        super(message);
    }
}
